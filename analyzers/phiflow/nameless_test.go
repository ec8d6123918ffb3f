package phiflow_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/internal/phitest"
)

// TestNamelessArgsDeclared checks every catalog row of a callback argument
// that carries nothing against the real library: the function is
// declared, its argument Callback is a function with a parameter Arg, and
// the cases in jsonkeyleaks call it (so that the row has a finding and a
// clean case beside it).
func TestNamelessArgsDeclared(t *testing.T) {
	phitest.NeedModule(t, thirdPartyDir)
	var rows []catalog.NamelessArg
	for _, tb := range catalog.Tables() {
		rows = append(rows, tb.Nameless...)
	}
	var funcs []string
	for _, n := range rows {
		funcs = append(funcs, n.Func)
	}
	decl := declaredIn(t, funcs)
	called := calledIn(t, filepath.Join(thirdPartyDir, "jsonkeyleaks"))
	for _, n := range rows {
		if _, err := callbackParam(decl[n.Func], n.Func, n.Callback, n.Arg); err != "" {
			t.Errorf("nameless argument: %s", err)
			continue
		}
		if !called[n.Func[strings.LastIndex(n.Func, ".")+1:]] {
			t.Errorf("nameless argument: %s has no case in jsonkeyleaks", n.Func)
		}
	}
}

// calledIn returns the names of the selectors called in the files of dir.
// declaredIn loads the packages of funcs from the third-party module and
// returns the signatures of every function they declare, by full name.
func declaredIn(t *testing.T, funcs []string) map[string]*types.Signature {
	t.Helper()
	paths := map[string]bool{}
	for _, f := range funcs {
		paths[pkgOf(f)] = true
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	decl := map[string]*types.Signature{}
	for _, p := range phitest.LoadTypes(t, thirdPartyDir, patterns...) {
		declare(p, decl)
	}
	return decl
}

func calledIn(t *testing.T, dir string) map[string]bool {
	t.Helper()
	pkgs, err := parser.ParseDir(token.NewFileSet(), dir, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if s, ok := c.Fun.(*ast.SelectorExpr); ok {
						out[s.Sel.Name] = true
					}
				}
				return true
			})
		}
	}
	return out
}
