package phiflow

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestPanicBecomesDiagnostic: a bug that panics on one package must be
// reported against that package, not crash the run or fail the packages
// importing it. A pass without phidirective's result makes run panic.
func TestPanicBecomesDiagnostic(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", "package x\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer: Analyzer,
		Fset:     fset,
		Files:    []*ast.File{f},
		Pkg:      types.NewPackage("example.com/x", "x"),
		ResultOf: map[*analysis.Analyzer]any{},
		Report:   func(d analysis.Diagnostic) { got = append(got, d) },
	}
	res, err := run(pass)
	if err != nil {
		t.Fatalf("run returned an error (which fails every importing package): %v", err)
	}
	if _, ok := res.(*Result); !ok {
		t.Fatalf("run returned %T, want *Result so importers still run", res)
	}
	if len(got) != 1 || got[0].Category != InternalCategory || !strings.Contains(got[0].Message, "example.com/x") {
		t.Fatalf("diagnostics %+v, want one %q diagnostic naming the package", got, InternalCategory)
	}
}
