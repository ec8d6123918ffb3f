package main

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const detachSrc = `package p

type Rec struct {
	Name string ` + "`phi:\"direct\"`" + `
	next *Rec
	byID map[string][]Rec
	fn   func(Rec) error
}

func (r *Rec) String() string        { return r.Name }
func (r Rec) Get(n int) (*Rec, error) { return nil, nil }
func (r Rec) unexported() Alias      { return r }

type Alias = Rec

type G[T any] struct{ v T }

type UsesG struct {
	r Rec
	g G[Rec]
}

func (u UsesG) Rec() Rec { return u.g.v }

type Bad struct {
	self *Bad
	g    G[int]
}
`

func checkDetachSrc(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", detachSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// TestDetacherCopies checks that a detached type has the source type's
// name, fields, tags and methods, names its copy where the source names
// itself, and belongs to a package other than the source's.
func TestDetacherCopies(t *testing.T) {
	src := checkDetachSrc(t)
	d := detacherFor(src)
	rec := src.Scope().Lookup("Rec").Type().(*types.Named)
	got, ok := d.typ(rec)
	if !ok {
		t.Fatal("Rec was not copied")
	}
	c := got.(*types.Named)
	if c == rec || c.Obj().Pkg() == src || c.Obj().Pkg().Path() != src.Path() {
		t.Fatalf("copy %v is the source type or in the source package", c)
	}
	if types.TypeString(c, nil) != types.TypeString(rec, nil) {
		t.Errorf("copy prints as %s, want %s", types.TypeString(c, nil), types.TypeString(rec, nil))
	}
	st, sst := c.Underlying().(*types.Struct), rec.Underlying().(*types.Struct)
	if st.NumFields() != sst.NumFields() || st.Tag(0) != sst.Tag(0) {
		t.Errorf("copy's fields %v, want %v", st, sst)
	}
	if next := st.Field(1).Type().(*types.Pointer).Elem(); next != c {
		t.Errorf("copy's next field points to %v, want the copy", next)
	}
	if ms, sms := types.NewMethodSet(types.NewPointer(c)), types.NewMethodSet(types.NewPointer(rec)); ms.Len() != sms.Len() {
		t.Errorf("copy has %d methods, want %d", ms.Len(), sms.Len())
	}
	str := types.NewMethodSet(types.NewPointer(rec)).Lookup(src, "String").Obj().(*types.Func)
	m, ok := d.method(rec, str)
	if !ok || m == str || m.FullName() != str.FullName() {
		t.Errorf("method copy = %v, %v; want a copy named %s", m, ok, str.FullName())
	}
	if types.Identical(c, rec) {
		t.Errorf("the copy is identical to the source type")
	}
}

// TestDetacherFailsWhole checks that a type that cannot be copied (it
// names an instance of a generic type of the package) is refused, and
// that the types copied on the way are not kept half-made.
func TestDetacherFailsWhole(t *testing.T) {
	src := checkDetachSrc(t)
	d := detacherFor(src)
	usesG := src.Scope().Lookup("UsesG").Type()
	if _, ok := d.typ(usesG); ok {
		t.Fatal("UsesG, which names G[Rec], was copied")
	}
	bad := src.Scope().Lookup("Bad").Type()
	if _, ok := d.typ(bad); ok {
		t.Fatal("Bad, which names G[int], was copied")
	}
	selfPtr := bad.Underlying().(*types.Struct).Field(0).Type()
	if got, ok := d.typ(selfPtr); ok {
		t.Errorf("*Bad after Bad failed = %v: a pointer to a half-made copy", got)
	}
	rec := src.Scope().Lookup("Rec").Type()
	got, ok := d.typ(rec)
	if !ok || got.Underlying() == nil {
		t.Fatalf("Rec after a failed copy = %v, %v", got, ok)
	}
	if m, ok := d.method(rec.(*types.Named), types.NewFunc(token.NoPos, src, "Get", nil)); !ok || m.Signature().Results().Len() != 2 {
		t.Errorf("Get copy = %v, %v", m, ok)
	}
}
