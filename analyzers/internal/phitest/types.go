package phitest

import (
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

// LoadTypes loads the type information (no syntax) of the packages that
// patterns name in the test module in dir, offline and at the versions
// its go.mod pins, as tests that check a table's names against a real
// library need it. A load error fails the test; a package's own errors
// are test errors, and a package without types is left out.
func LoadTypes(t *testing.T, dir string, patterns ...string) []*types.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off"),
	}
	return loadTypes(t, cfg, patterns)
}

// loadTypes loads the packages' types under cfg: a load error fails the
// test, a package's own errors are test errors.
func loadTypes(t *testing.T, cfg *packages.Config, patterns []string) []*types.Package {
	t.Helper()
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	var out []*types.Package
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.PkgPath, e)
		}
		if p.Types != nil {
			out = append(out, p.Types)
		}
	}
	return out
}

// LoadStubTypes loads the type information of the packages that
// patterns name in the GOPATH tree gopath/src, where analysistest finds
// the stubs of libraries a test module does not require.
func LoadStubTypes(t *testing.T, gopath string, patterns ...string) []*types.Package {
	t.Helper()
	abs, err := filepath.Abs(gopath)
	if err != nil {
		t.Fatal(err)
	}
	return loadTypes(t, &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  filepath.Join(abs, "src"),
		Env:  append(os.Environ(), "GO111MODULE=off", "GOPATH="+abs, "GOPROXY=off"),
	}, patterns)
}

// StructFields returns the configuration name (path.Type.Field) of every
// field of pkg's named struct types.
func StructFields(pkg *types.Package) []string {
	var out []string
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				out = append(out, pkg.Path()+"."+name+"."+st.Field(i).Name())
			}
		}
	}
	return out
}
