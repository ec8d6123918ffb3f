package pkgload

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

var modDir = filepath.Join("testdata", "mod")

// load checks every package of the graph of patterns, in order.
func load(dir string, patterns ...string) ([]*packages.Package, error) {
	g, err := NewGraph(dir, patterns...)
	if err != nil {
		return nil, err
	}
	Each(g.Roots, runtime.GOMAXPROCS(0), g.Check)
	return g.Roots, nil
}

func byPath(roots []*packages.Package) map[string]*packages.Package {
	all := map[string]*packages.Package{}
	packages.Visit(roots, nil, func(p *packages.Package) { all[p.PkgPath] = p })
	return all
}

func errorsOf(p *packages.Package) string {
	var msgs []string
	for _, e := range p.Errors {
		msgs = append(msgs, e.Error())
	}
	return strings.Join(msgs, "; ")
}

// A package gc cannot compile (a function without a body) but go/types
// accepts is loaded without error: nothing is compiled. Its imports are
// checked from source, the standard library comes from export data, and
// every package is ready for an analysis driver.
func TestLoadTypeChecksWithoutCompiling(t *testing.T) {
	roots, err := load(modDir, "./user")
	if err != nil {
		t.Fatal(err)
	}
	if len(roots) != 1 {
		t.Fatalf("Load returned %d roots, want 1", len(roots))
	}
	all := byPath(roots)
	for _, path := range []string{"example.com/mod/user", "example.com/mod/nobody"} {
		p := all[path]
		if p == nil {
			t.Fatalf("%s missing from the graph", path)
		}
		if len(p.Errors) > 0 || p.IllTyped {
			t.Errorf("%s: errors %s", path, errorsOf(p))
		}
		if len(p.Syntax) == 0 || p.TypesInfo == nil || len(p.TypesInfo.Defs) == 0 {
			t.Errorf("%s was not checked from source", path)
		}
	}
	for _, path := range []string{"net/http", "strings", "fmt", "io"} {
		p := all[path]
		if p == nil {
			t.Fatalf("%s missing from the graph", path)
		}
		if len(p.Syntax) != 0 {
			t.Errorf("%s was parsed; the standard library should come from export data", path)
		}
		if p.Types == nil || !p.Types.Complete() || p.Types.Scope().Lookup("Writer") == nil && path == "io" {
			t.Errorf("%s has no complete types", path)
		}
	}
	for path, p := range all {
		if p.Fset == nil || p.TypesSizes == nil || p.Types == nil || p.Name == "" {
			t.Errorf("%s is not ready for an analysis driver (fset %v, sizes %v, types %v)", path, p.Fset != nil, p.TypesSizes != nil, p.Types != nil)
		}
	}
	// One types.Package per path: the user's package sees the same
	// net/http the export data of its other imports refers to.
	user := all["example.com/mod/user"].Types
	var httpSeen *packages.Package
	for _, imp := range user.Imports() {
		if imp.Path() == "net/http" {
			httpSeen = all["net/http"]
			if imp != httpSeen.Types {
				t.Error("user imports a different net/http from the graph's")
			}
		}
	}
	if httpSeen == nil {
		t.Error("user's types do not import net/http")
	}
}

// A standard package the user names is checked from source; the
// standard packages it imports still come from export data, and their
// types agree with it (no "cannot use io.Writer as io.Writer").
func TestLoadNamedStandardPackageFromSource(t *testing.T) {
	roots, err := load(modDir, "bufio", "io")
	if err != nil {
		t.Fatal(err)
	}
	all := byPath(roots)
	for _, path := range []string{"bufio", "io"} {
		p := all[path]
		if len(p.Syntax) == 0 {
			t.Errorf("%s was named but not checked from source", path)
		}
		if len(p.Errors) > 0 {
			t.Errorf("%s: %s", path, errorsOf(p))
		}
	}
	if p := all["unicode/utf8"]; p == nil || len(p.Syntax) != 0 {
		t.Error("unicode/utf8 should come from export data")
	}
}

func TestLoadReportsTypeErrorsWithPositions(t *testing.T) {
	roots, err := load(modDir, "./typeerr")
	if err != nil {
		t.Fatal(err)
	}
	p := roots[0]
	if !p.IllTyped || len(p.TypeErrors) == 0 {
		t.Fatalf("typeerr: IllTyped %v, type errors %v", p.IllTyped, p.TypeErrors)
	}
	got := errorsOf(p)
	if !strings.Contains(got, "typeerr.go:4:9") || !strings.Contains(got, "not a number") {
		t.Errorf("errors = %s, want one at typeerr.go:4:9 about the string", got)
	}
}

// An import cycle is the go command's error to report; the load must
// finish (not wait on itself) and mark the packages ill-typed.
func TestLoadImportCycleFinishes(t *testing.T) {
	roots, err := load(modDir, "./cyca")
	if err != nil {
		t.Fatal(err)
	}
	var illTyped bool
	packages.Visit(roots, nil, func(p *packages.Package) {
		if strings.HasPrefix(p.PkgPath, "example.com/mod/cyc") && p.IllTyped {
			illTyped = true
		}
	})
	if !illTyped {
		t.Error("an import cycle loaded without error")
	}
}
