package excelizeleaks

import (
	"bytes"
	"net/http"
	"os"

	"github.com/xuri/excelize/v2"

	"example.com/thirdparty/model"
)

// Export: a workbook written to a response, saved where it was opened
// from, or taken as bytes discloses what it holds.
func Export(w http.ResponseWriter, p *model.Patient) {
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", p.Name)
	f.Write(w) // want "PHI1003"
	f2 := excelize.NewFile()
	f2.SetCellStr("Sheet1", "A1", p.ID)
	f2.Write(w)

	f3 := excelize.NewFile()
	f3.SetCellStr("Sheet1", "A1", p.Diagnosis)
	f3.WriteTo(w) // want "PHI1003"
	f4 := excelize.NewFile()
	f4.SetCellStr("Sheet1", "A1", p.Ward)
	f4.WriteTo(w)

	f5, _ := excelize.OpenFile("patients.xlsx")
	f5.SetCellStr("Sheet1", "A1", p.NHSNumber)
	f5.Save() // want "PHI1002"
	f6, _ := excelize.OpenFile("patients.xlsx")
	f6.SetCellStr("Sheet1", "A1", p.Ward)
	f6.Save()

	f7 := excelize.NewFile()
	f7.SetCellStr("Sheet1", "A1", p.Postcode)
	os.WriteFile("patients.xlsx", buffer(f7.WriteToBuffer()).Bytes(), 0o600) // want "PHI1002"
	f8 := excelize.NewFile()
	f8.SetCellStr("Sheet1", "A1", p.Ward)
	os.WriteFile("patients.xlsx", buffer(f8.WriteToBuffer()).Bytes(), 0o600)
}

// Buffers: written to a buffer, the workbook's data is in the buffer.
func Buffers(p *model.Patient) {
	var buf bytes.Buffer
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", p.Name)
	f.Write(&buf)
	os.WriteFile("patients.xlsx", buf.Bytes(), 0o600) // want "PHI1002"
}

// buffer drops WriteToBuffer's error, so that a case is one statement.
func buffer(b *bytes.Buffer, _ error) *bytes.Buffer { return b }
