package phiflow

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"
)

// TestSSAInfoLeavesOutNumericTables: the SSA is built without the
// initialisers of numeric tables (which store nothing the engine tracks)
// and with every other initialiser, in the checker's order; in a
// dependency, without tables of strings either.
func TestSSAInfoLeavesOutNumericTables(t *testing.T) {
	const src = `package x

type entry struct {
	length, transform byte
	index             uint16
}

type named struct{ name string }

type header struct {
	data  string
	index []uint16
}

func lookup() int { return 1 }

var (
	hashes   = [4]uint16{1, 2, 3, 4}
	weights  = []float64{0.5, (1.5), -2}
	entries  = [...]entry{{1, 2, 3}, entry{4, 5, 6}, {length: 7}}
	grid     = [][2]int{{1, 2}, {3, 4}}
	flags    = []bool{true, false}
	sparse   = [8]int{2: 1, 5: 3}
	names    = []string{"ssn", "name"}
	records  = []named{{"x"}}
	computed = []int{lookup(), 2}
	pointers = []*entry{{1, 2, 3}}
	mixed    = []any{1, "x"}
	byKey    = map[string]int{"a": 1}
	index    = []uint16{1, 2}
	headers  = []header{{"x", index}, {data: "y", index: []uint16{3}}}
	viaCall  = []header{{"z", lookupIndex()}}
	scalar   = 42
	a, b     = pair()
)

func pair() (int, int) { return 1, 2 }

func lookupIndex() []uint16 { return index }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("example.com/x", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	lhs := func(in *types.Info) []string {
		var out []string
		for _, init := range in.InitOrder {
			for _, v := range init.Lhs {
				out = append(out, v.Name())
			}
		}
		return out
	}
	inOrder := func(want []string) []string {
		var out []string
		for _, name := range lhs(info) {
			if slices.Contains(want, name) {
				out = append(out, name)
			}
		}
		return out
	}
	own := inOrder([]string{"names", "records", "computed", "pointers", "mixed", "byKey", "headers", "viaCall", "scalar", "a", "b"})
	if got := lhs(ssaInfo(info, false)); !slices.Equal(got, own) {
		t.Errorf("SSA initialisers %v, want %v", got, own)
	}
	dep := inOrder([]string{"computed", "pointers", "byKey", "viaCall", "scalar", "a", "b"})
	if got := lhs(ssaInfo(info, true)); !slices.Equal(got, dep) {
		t.Errorf("a dependency's SSA initialisers %v, want %v", got, dep)
	}
	if len(lhs(info)) != 18 {
		t.Errorf("the checker's own InitOrder changed: %v", lhs(info))
	}
}
