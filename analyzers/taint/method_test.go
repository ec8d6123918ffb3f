package taint

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
)

// methodCases are the selector rules where a lookup by name could part
// from the method set: pointer receivers, promotion through embedded
// values and pointers, a field or a collision hiding a method, embedded
// interfaces, defined pointer types.
const methodCases = `package p

import "fmt"

type Inner struct{}

func (Inner) String() string       { return "" }
func (*Inner) MarshalJSON() ([]byte, error) { return nil, nil }
func (Inner) unexported()          {}

type ByValue struct{ Inner }
type ByPointer struct{ *Inner }
type Shadowed struct {
	Inner
	String string
}
type Deeper struct{ ByValue }
type ShallowField struct {
	Deeper
	MarshalJSON int
}

type Other struct{}

func (Other) String() string { return "" }

type Ambiguous struct {
	Inner
	Other
}

type WithIface struct{ fmt.Stringer }
type Ptr *Inner
type Iface interface{ Error() string }
type Generic[T any] struct{ v T }

func (Generic[T]) String() string { return "" }
`

func TestMethodMatchesMethodSet(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", methodCases, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range []catalog.Printer{catalog.Fmt, catalog.JSON, catalog.Slog, catalog.Zap, catalog.Zerolog} {
		for _, m := range p.Methods() {
			names = append(names, m.Name)
		}
	}
	names = append(names, "unexported", "Inner", "Other", "missing")

	compared := 0
	check := func(typ types.Type) {
		mset := types.NewMethodSet(typ)
		for _, name := range names {
			var want *types.Func
			if sel := mset.Lookup(pkg, name); sel != nil {
				want, _ = sel.Obj().(*types.Func)
			}
			if got := method(typ, pkg, name); got != want {
				t.Errorf("method(%s, %q) = %v, the method set has %v", typ, name, got, want)
			}
			compared++
		}
	}
	for _, name := range pkg.Scope().Names() {
		typ := pkg.Scope().Lookup(name).Type()
		check(typ)
		if _, isPtr := typ.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(typ) {
			check(types.NewPointer(typ))
		}
	}
	inst, err := types.Instantiate(nil, pkg.Scope().Lookup("Generic").Type(), []types.Type{types.Typ[types.Int]}, true)
	if err != nil {
		t.Fatal(err)
	}
	check(inst)
	check(types.NewPointer(inst))
	if compared < 200 {
		t.Fatalf("compared only %d lookups", compared)
	}
}
