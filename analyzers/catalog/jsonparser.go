package catalog

// github.com/buger/jsonparser: a JSON parser by key path. Its code is
// analysed; the table says which callback arguments are member names
// (see NamelessArg) and which calls look a member up (see KeyPathLookup).
var jsonparserTable = register(Table{
	Package: "github.com/buger/jsonparser", Analysed: true, Cases: "jsonkeyleaks",
	// EachKey and ArrayEach pass no name (an index and the values
	// only), so they need no row.
	Nameless: []NamelessArg{
		{"github.com/buger/jsonparser.ObjectEach", 1, 0, "jsonparser: an object's member names"},
		{"github.com/buger/jsonparser.EachObject", 1, 0, "jsonparser: an object's member names (alias of ObjectEach)"},
	},
	// Set and Delete also take a key path, but return the whole
	// document; ArrayEach, ObjectEach and EachKey hand a callback what is
	// under the path, so none of them is a lookup; GetInt, GetFloat and
	// GetBoolean read no member that holds a type name. The lookups'
	// cases are in typenameleaks.
	KeyPaths: []KeyPathLookup{
		{"github.com/buger/jsonparser.Get", From(1), KeyPerArg, "jsonparser: the raw value under a key path"},
		{"github.com/buger/jsonparser.GetString", From(1), KeyPerArg, "jsonparser: a string value under a key path"},
		{"github.com/buger/jsonparser.GetUnsafeString", From(1), KeyPerArg, "jsonparser: a string value, neither copied nor unescaped"},
	},
})
