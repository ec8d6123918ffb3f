package enginegaps

import (
	"github.com/xuri/excelize/v2"

	"example.com/thirdparty/model"
)

// engine: a stream writer's rows are flushed into the workbook that made
// it (File.NewStreamWriter). A propagator carries data into an argument
// or the results, not from the result it returns back into its receiver,
// so no row can say that what SetRow puts in the stream writer ends up
// in the workbook.
func StreamedRows(p *model.Patient) {
	f := excelize.NewFile()
	sw, _ := f.NewStreamWriter("Sheet1")
	sw.SetRow("A1", []any{p.Name})
	sw.Flush()
	f.SaveAs("patients.xlsx") // want "PHI1002"
}
