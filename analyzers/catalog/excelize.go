package catalog

// github.com/xuri/excelize/v2: an Excel workbook. What is set into a cell,
// a row or a column, a formula, a link, a comment, a picture or a sheet's
// name is held by the workbook (its *File); writing the workbook to a
// writer, saving it to a file or taking its bytes discloses all of it.
// SetCellValue and the rows and columns render a value of another type
// with fmt.Sprint.

const excelizeFile = "(*github.com/xuri/excelize/v2.File)."

var excelizeTable = register(Table{
	Package: "github.com/xuri/excelize/v2", Name: "Excelize", Cases: "excelizeleaks",
	Propagators: concat(
		propagate(each(excelizeFile, "SetCellValue", "SetSheetRow", "SetSheetCol"), At(3), Receiver, Fmt),
		propagate(each(excelizeFile, "SetCellStr", "SetCellDefault", "SetCellInt", "SetCellUint", "SetCellFloat",
			"SetCellBool", "SetCellFormula", "SetCellHyperLink", "SetCellRichText", "AddPictureFromBytes"), At(3), Receiver, Raw),
		propagate(each(excelizeFile, "NewSheet"), At(1), Receiver, Raw),
		propagate(each(excelizeFile, "SetSheetName", "AddComment"), At(2), Receiver, Raw),
		propagate(each(excelizeFile, "WriteToBuffer"), At(0), Results, Raw),
	),
	Writers: writersOf(each(excelizeFile, "Write", "WriteTo"), 1, At(0), Raw),
	Sinks:   sinksOf(each(excelizeFile, "SaveAs", "Save"), Export, At(0), Raw),
})
