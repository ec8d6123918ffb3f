package catalog

// golang.org/x/text's case mappers. Its code is analysed, but a Caser
// computes its result through an interface (transform.Transformer) and
// tables the engine cannot tell from memory a record may be read from:
// the table says what the code does, that the mapped text is its
// argument's alone and nothing else (contract §3: the caller's own name,
// title-cased, is still the caller's own).
var textCasesTable = register(Table{
	Package: "golang.org/x/text/cases", Analysed: true, Cases: "textleaks",
	Propagators: propagate(each("(golang.org/x/text/cases.Caser).", "String", "Bytes"), At(1), Results, Raw),
})
