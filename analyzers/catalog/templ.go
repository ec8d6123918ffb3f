package catalog

// github.com/a-h/templ, HTML components generated from .templ files: a
// component is a ComponentFunc whose Render calls it with the writer it
// renders into (its runtime package hands the generated closure the
// writer inside a GeneratedComponentInput, and writes through a
// buffered writer it wraps around it). phivet analyses all of that from
// source. What it cannot follow is a layout's children: the page puts
// them into the context with WithChildren, and the layout reads them
// back with GetChildren and renders them into its own writer.
var templTable = register(Table{
	Package: "github.com/a-h/templ", Name: "templ", Cases: "templleaks", Analysed: true,
	CarriedFuncs: []CarriedFunc{
		{"github.com/a-h/templ.WithChildren", 1, "templ: the children a layout renders where it says { children... }"},
	},
})
