package catalog

import "strings"

// The standard library's default: a function of the standard library
// that no row names carries data from its arguments to its results (see
// CarriesByDefault), so that regexp, net/http/httputil dumps, encoding/xml,
// unicode/utf16, reflection and the rest need no row each. Rows remain
// where phivet's own semantics differ from "the result is made of the
// arguments": sinks, writers and destinations, printers, and the I/O
// boundaries and metadata below, whose results do not come from their
// arguments.

// IsStandard reports whether pkgPath is a standard library package: its
// first element has no dot (the go command reserves those paths).
func IsStandard(pkgPath string) bool {
	if pkgPath == "" {
		return false
	}
	first, _, _ := strings.Cut(pkgPath, "/")
	return !strings.Contains(first, ".")
}

// CarriesByDefault reports whether the standard-library default applies
// to the function with the given full name, declared in pkgPath, which
// has no row of its own: it is in the standard library and neither it,
// its receiver's method set nor its package is opaque.
func (c *Catalog) CarriesByDefault(fullName, pkgPath string) bool {
	if !IsStandard(pkgPath) || c.opaque[pkgPath] || c.opaque[fullName] {
		return false
	}
	if i := strings.LastIndex(fullName, ")."); i > 0 && c.opaque[fullName[:i+1]+".*"] {
		return false
	}
	return true
}

// boundaryTable lists the standard packages at the program's edge: what
// their functions return comes from a database, a process, the file
// system or the runtime, not from their arguments (the contract: results
// of I/O calls are not identifiable unless declared sources).
var boundaryTable = register(Table{
	Package: "database/sql, database/sql/driver, os/exec, os/signal, os/user, io/fs, io/ioutil, net/rpc, crypto/tls, crypto/x509, syscall, runtime, runtime/debug",
	// database/sql is an I/O package for the documentation: phivet does
	// not analyse the standard library's bodies, so its results carry
	// nothing already.
	IO:    []IOPackage{{Path: "database/sql", Library: "database/sql"}},
	Keeps: databaseSQLKeeps,
	Opaque: []string{"database/sql", "database/sql/driver", "os/exec", "os/signal", "os/user", "io/fs", "io/ioutil",
		"net/rpc", "crypto/tls", "crypto/x509", "syscall", "runtime", "runtime/debug"},
	NoReturns: []string{"runtime.Goexit", "syscall.Exit"},
})

// reflectTable: reflection carries a value's data (ValueOf, Field,
// Index, Interface, String…) by the default; a value's type, kind and
// struct fields are metadata, like the type names the contract says are
// not identifiable. A Value is a handle onto what ValueOf is given: code
// that only walks it (a loop of Field(i).IsZero() checks) writes nothing
// into the record (see Handle).
var reflectTable = register(Table{
	Package: "reflect",
	Opaque: []string{"reflect.TypeOf", "reflect.TypeFor", "(reflect.Value).Type", "(reflect.Value).Kind",
		"(reflect.Type).*", "(reflect.StructTag).Get", "(reflect.StructTag).Lookup", "(reflect.Kind).String"},
	Handles: []Handle{{Func: "reflect.ValueOf", Args: At(0)}},
	HandleReads: concat([]string{"reflect.Indirect"}, each("(reflect.Value).",
		"Elem", "Field", "FieldByName", "FieldByIndex", "Index", "MapIndex",
		"Len", "Cap", "NumField", "IsNil", "IsValid", "IsZero", "Kind", "Type",
		"Bool", "Int", "Uint", "Float", "String", "CanSet", "CanAddr", "CanInterface")),
})

// testingTable: a test's FailNow and SkipNow (and Fatal, Skip…, which
// call them) stop the test's goroutine.
var testingTable = register(Table{
	Package: "testing",
	NoReturns: concat(
		each("(*testing.common).", "FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf"),
		each("(testing.TB).", "FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf"),
	),
})

// xmlTable: encoding/xml decodes as encoding/json does. A request body in
// XML (HL7 CDA, NCPDP SCRIPT, FHIR XML) is the caller's own once decoded,
// as a JSON one is; Unmarshal writes what its bytes hold into its target.
var xmlTable = register(Table{
	Package:  "encoding/xml",
	Writers:  writersOf([]string{"(*encoding/xml.Encoder).Encode", "(*encoding/xml.Encoder).EncodeElement"}, 0, At(1), Raw),
	Wrappers: []Wrapper{{"encoding/xml.NewEncoder", At(0)}},
	RequestReads: append(decoderReads("encoding/xml"),
		RequestRead{Func: "(*encoding/xml.Decoder).DecodeElement", Into: 1, Of: At(0)}),
	Propagators: []Propagator{{Func: "encoding/xml.Unmarshal", From: At(0), Into: 1}},
	// Its decoder's options are fields; these ask where it is in its input.
	Keeps: keepsOf(each("(*encoding/xml.Decoder).", "InputOffset", "InputPos"), At(0)),
})

// containersTable: the standard containers that store what they are given
// in their receiver (the default writes into no argument).
var containersTable = register(Table{
	Package: "sync, sync/atomic, container/list",
	Propagators: concat(
		propagate(each("(*sync.Map).", "Store", "LoadOrStore", "Swap", "CompareAndSwap"), From(1), Receiver, Raw),
		propagate(each("(*sync.Map).", "LoadOrStore", "Swap"), All(), Results, Raw),
		propagate(each("(*sync/atomic.Value).", "Store", "Swap", "CompareAndSwap"), From(1), Receiver, Raw),
		propagate([]string{"(*sync/atomic.Value).Swap"}, All(), Results, Raw),
		propagate(each("(*container/list.List).", "PushBack", "PushFront", "InsertBefore", "InsertAfter", "PushBackList", "PushFrontList"), From(1), Receiver, Raw),
		propagate(each("(*container/list.List).", "PushBack", "PushFront", "InsertBefore", "InsertAfter"), All(), Results, Raw),
	),
})

// contextTable: a context's values are reached only through Value(key),
// so a value rebuilt for a context gains nothing from the context.
var contextTable = register(Table{
	Package:      "context",
	ContextTypes: []string{"context.Context"},
})

// builtinTable is the language's built-in functions that print their
// arguments to standard error. They are named bare ("panic"), as
// types.Builtin names them, under the pseudo-package "builtin" that Go's
// own documentation uses for them.
var builtinTable = register(Table{
	Package: "builtin",
	Sinks:   sinksOf([]string{"panic", "print", "println"}, Log, All(), Fmt),
})
