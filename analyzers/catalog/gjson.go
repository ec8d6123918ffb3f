package catalog

// github.com/tidwall/gjson: JSON lookups by a dotted path (see
// KeyPathLookup). Its code is analysed.
var gjsonTable = register(Table{
	Package: "github.com/tidwall/gjson", Analysed: true, Cases: "typenameleaks",
	KeyPaths: []KeyPathLookup{
		{"github.com/tidwall/gjson.Get", At(1), DottedPath, "gjson: the value under a path"},
		{"github.com/tidwall/gjson.GetBytes", At(1), DottedPath, "gjson: the value under a path, of a []byte document"},
		{"(github.com/tidwall/gjson.Result).Get", At(1), DottedPath, "gjson: the value under a path, of a value already found"},
	},
})
