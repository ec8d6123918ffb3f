package catalog

import (
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestStandardRowsDeclared checks that every opaque and no-return row of a
// standard-library table names a package, function or method that the Go
// release in use declares: a release that renames or removes one fails
// here instead of silently changing what the default covers.
func TestStandardRowsDeclared(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library's types")
	}
	var names []string
	paths := map[string]bool{}
	for _, tb := range Tables() {
		rows := concat(tb.Opaque, tb.NoReturns, tb.HandleReads)
		for _, h := range tb.Handles {
			rows = append(rows, h.Func)
		}
		for _, n := range rows {
			if IsStandard(pathOf(n)) {
				names = append(names, n)
				paths[pathOf(n)] = true
			}
		}
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.NeedName | packages.NeedTypes}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		if len(p.Errors) == 0 && p.Types != nil {
			byPath[p.PkgPath] = p.Types
		}
	}
	for _, n := range names {
		pkg := byPath[pathOf(n)]
		if pkg == nil {
			t.Errorf("%s: package %s is not in this Go release", n, pathOf(n))
			continue
		}
		if !declares(pkg, n) {
			t.Errorf("%s is not declared by %s in this Go release", n, pkg.Path())
		}
	}
}

// pathOf returns the package path of a row: a path alone, "pkg.F",
// "(*pkg.T).M" or "(pkg.T).*".
func pathOf(name string) string {
	s := name
	if strings.HasPrefix(s, "(") {
		s = strings.TrimLeft(s[:strings.Index(s, ")")], "(*")
	} else if !strings.Contains(s[strings.LastIndex(s, "/")+1:], ".") {
		return s // a package
	}
	return s[:strings.LastIndex(s, ".")]
}

// declares reports whether pkg declares what the row name names.
func declares(pkg *types.Package, name string) bool {
	if name == pkg.Path() {
		return true
	}
	if !strings.HasPrefix(name, "(") {
		_, ok := pkg.Scope().Lookup(name[len(pkg.Path())+1:]).(*types.Func)
		return ok
	}
	recv, method, _ := strings.Cut(strings.TrimPrefix(name, "("), ").")
	tn, ok := pkg.Scope().Lookup(strings.TrimPrefix(strings.TrimPrefix(recv, "*"), pkg.Path()+".")).(*types.TypeName)
	if !ok {
		return false
	}
	if method == "*" {
		return true
	}
	t := tn.Type()
	if !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, method)
	_, isFunc := obj.(*types.Func)
	return isFunc
}
