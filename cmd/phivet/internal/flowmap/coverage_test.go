package flowmap

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
)

// An unsettled call cycle the engine reports is listed under coverage,
// with the function it is in.
func TestCoverageListsUnsettledCycles(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "/src/walk/walk.go", "package walk\n\nfunc Walk(n int) int {\n\treturn Walk(n - 1)\n}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	head := f.Decls[0].(*ast.FuncDecl).Name.Pos()
	p := Package{
		Path: "example.com/walk", Fset: fset, Files: []*ast.File{f},
		Types: types.NewPackage("example.com/walk", "walk"),
		Dir:   &phidirective.Result{Config: config.Default()},
		Flow:  &phiflow.Result{Result: &taint.Result{Unsettled: []token.Pos{head}}},
	}
	m := Build("phivet test", []Package{p}, func(s string) string { return strings.TrimPrefix(s, "/src/") })
	if len(m.Coverage) != 1 || m.Coverage[0] != (Gap{File: "walk/walk.go", Line: 3, Function: "Walk", What: unsettledCycle}) {
		t.Fatalf("coverage = %+v", m.Coverage)
	}
	var b bytes.Buffer
	if err := Markdown(&b, m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "## Coverage\n\n| where | function | what |\n| --- | --- | --- |\n| `walk/walk.go:3` | `Walk` | a call cycle") {
		t.Errorf("Markdown coverage section:\n%s", b.String())
	}

	empty := Build("phivet test", nil, func(s string) string { return s })
	b.Reset()
	if err := Markdown(&b, empty); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "## Coverage\n\nNo analysis bound was reached.") || empty.Coverage == nil {
		t.Errorf("empty map: coverage %v, Markdown:\n%s", empty.Coverage, b.String())
	}
}
