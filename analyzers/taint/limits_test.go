package taint

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEveryRecordedLimitExplained checks that every bound the engine
// records when reached (each reachLimit call in this package) has a
// meaning in Bounds, which the map prints, and a row in docs/map.md's
// table of limits, so a limit reached is never reported without saying
// what it cut.
func TestEveryRecordedLimitExplained(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "map.md"))
	if err != nil {
		t.Fatal(err)
	}
	recorded := map[string]bool{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "reachLimit" {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok {
					t.Errorf("%s: reachLimit's bound is not a string literal", fset.Position(call.Pos()))
					return true
				}
				name, _ := strconv.Unquote(lit.Value)
				recorded[name] = true
				return true
			})
		}
	}
	if len(recorded) == 0 {
		t.Fatal("no reachLimit call found")
	}
	for name := range recorded {
		if Bounds[name] == "" {
			t.Errorf("bound %s is recorded but has no meaning in Bounds", name)
		}
		if !strings.Contains(string(doc), "| `"+name+"` |") {
			t.Errorf("bound %s is recorded but has no row in docs/map.md", name)
		}
	}
}
