// Package excelizeleaks has the cases of github.com/xuri/excelize/v2.
package excelizeleaks

import (
	"github.com/xuri/excelize/v2"

	"example.com/thirdparty/model"
)

// Cells: a value set into a cell is held by the workbook, and saving the
// workbook exports it.
func Cells(p *model.Patient) {
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", p.Name)
	f.SaveAs("patients.xlsx") // want "PHI1002"
	f2 := excelize.NewFile()
	f2.SetCellStr("Sheet1", "A1", p.ID)
	f2.SaveAs("patients.xlsx")

	f3 := excelize.NewFile()
	f3.SetCellDefault("Sheet1", "A1", p.NHSNumber)
	f3.SaveAs("patients.xlsx") // want "PHI1002"
	f4 := excelize.NewFile()
	f4.SetCellDefault("Sheet1", "A1", p.Ward)
	f4.SaveAs("patients.xlsx")

	f5 := excelize.NewFile()
	f5.SetCellInt("Sheet1", "A1", int64(p.Age))
	f5.SaveAs("patients.xlsx") // want "PHI1002"
	f6 := excelize.NewFile()
	f6.SetCellInt("Sheet1", "A1", int64(p.Visits))
	f6.SaveAs("patients.xlsx")

	f7 := excelize.NewFile()
	f7.SetCellUint("Sheet1", "A1", uint64(p.Age))
	f7.SaveAs("patients.xlsx") // want "PHI1002"
	f8 := excelize.NewFile()
	f8.SetCellUint("Sheet1", "A1", uint64(p.Visits))
	f8.SaveAs("patients.xlsx")

	f9 := excelize.NewFile()
	f9.SetCellFloat("Sheet1", "A1", p.Weight, 1, 64)
	f9.SaveAs("patients.xlsx") // want "PHI1002"
	f10 := excelize.NewFile()
	f10.SetCellFloat("Sheet1", "A1", float64(p.Visits), 1, 64)
	f10.SaveAs("patients.xlsx")

	f11 := excelize.NewFile()
	f11.SetCellBool("Sheet1", "A1", p.Diabetic)
	f11.SaveAs("patients.xlsx") // want "PHI1002"
	f12 := excelize.NewFile()
	f12.SetCellBool("Sheet1", "A1", p.Visits > 1)
	f12.SaveAs("patients.xlsx")

	f13 := excelize.NewFile()
	f13.SetCellStr("Sheet1", "A1", model.Redact(p.Name))
	f13.SaveAs("patients.xlsx")
	f14 := excelize.NewFile()
	f14.SetCellStr("Sheet1", "A1", p.Name)
	if model.Allowed(p) {
		f14.SaveAs("patients.xlsx")
	}
}

// Values: SetCellValue renders a value of another type with fmt.Sprint,
// so a type's String method decides what the cell holds.
func Values(p *model.Patient) {
	f := excelize.NewFile()
	f.SetCellValue("Sheet1", "A1", p.Postcode)
	f.SaveAs("patients.xlsx") // want "PHI1002"
	f2 := excelize.NewFile()
	f2.SetCellValue("Sheet1", "A1", p.Ward)
	f2.SaveAs("patients.xlsx")

	f3 := excelize.NewFile()
	f3.SetCellValue("Sheet1", "A1", model.Badge{ID: p.ID, Name: p.Name})
	f3.SaveAs("patients.xlsx") // want "PHI1002"
	f4 := excelize.NewFile()
	f4.SetCellValue("Sheet1", "A1", model.Card{ID: p.ID, Name: p.Name})
	f4.SaveAs("patients.xlsx")
}

// Rows: every element of a row or a column is set as SetCellValue sets
// it.
func Rows(p *model.Patient) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{p.ID, p.Name, p.Age})
	f.SaveAs("patients.xlsx") // want "PHI1002"
	f2 := excelize.NewFile()
	f2.SetSheetRow("Sheet1", "A1", &[]any{p.ID, p.Ward, p.Visits})
	f2.SaveAs("patients.xlsx")

	f3 := excelize.NewFile()
	f3.SetSheetCol("Sheet1", "A1", &[]string{p.ID, p.Diagnosis})
	f3.SaveAs("patients.xlsx") // want "PHI1002"
	f4 := excelize.NewFile()
	f4.SetSheetCol("Sheet1", "A1", &[]string{p.ID, p.Ward})
	f4.SaveAs("patients.xlsx")
}

// Content: formulas, links, rich text, comments and pictures are held by
// the workbook too.
func Content(p *model.Patient) {
	f := excelize.NewFile()
	f.SetCellFormula("Sheet1", "A1", `="`+p.Name+`"`)
	f.SaveAs("patients.xlsx") // want "PHI1002"
	f2 := excelize.NewFile()
	f2.SetCellFormula("Sheet1", "A1", "=SUM(B1:B9)")
	f2.SaveAs("patients.xlsx")

	f3 := excelize.NewFile()
	f3.SetCellHyperLink("Sheet1", "A1", "https://ehr.example/patients/"+p.NHSNumber, "External")
	f3.SaveAs("patients.xlsx") // want "PHI1002"
	f4 := excelize.NewFile()
	f4.SetCellHyperLink("Sheet1", "A1", "https://ehr.example/patients/"+p.ID, "External")
	f4.SaveAs("patients.xlsx")

	f5 := excelize.NewFile()
	f5.SetCellRichText("Sheet1", "A1", []excelize.RichTextRun{{Text: p.Diagnosis}})
	f5.SaveAs("patients.xlsx") // want "PHI1002"
	f6 := excelize.NewFile()
	f6.SetCellRichText("Sheet1", "A1", []excelize.RichTextRun{{Text: p.Ward}})
	f6.SaveAs("patients.xlsx")

	f7 := excelize.NewFile()
	f7.AddComment("Sheet1", excelize.Comment{Cell: "A1", Text: p.Diagnosis})
	f7.SaveAs("patients.xlsx") // want "PHI1002"
	f8 := excelize.NewFile()
	f8.AddComment("Sheet1", excelize.Comment{Cell: "A1", Text: p.Ward})
	f8.SaveAs("patients.xlsx")

	f9 := excelize.NewFile()
	f9.AddPictureFromBytes("Sheet1", "A1", &excelize.Picture{Extension: ".png", File: p.Photo})
	f9.SaveAs("patients.xlsx") // want "PHI1002"
	f10 := excelize.NewFile()
	f10.AddPictureFromBytes("Sheet1", "A1", &excelize.Picture{Extension: ".png", File: []byte(p.Ward)})
	f10.SaveAs("patients.xlsx")
}

// Sheets: a sheet's name is part of the workbook.
func Sheets(p *model.Patient) {
	f := excelize.NewFile()
	f.NewSheet(p.Name)
	f.SaveAs("patients.xlsx") // want "PHI1002"
	f2 := excelize.NewFile()
	f2.NewSheet("Ward " + p.Ward)
	f2.SaveAs("patients.xlsx")

	f3 := excelize.NewFile()
	f3.SetSheetName("Sheet1", p.Name)
	f3.SaveAs("patients.xlsx") // want "PHI1002"
	f4 := excelize.NewFile()
	f4.SetSheetName("Sheet1", "Ward "+p.Ward)
	f4.SaveAs("patients.xlsx")
}
