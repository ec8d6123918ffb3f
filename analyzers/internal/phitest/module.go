package phitest

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// RunModule is analysistest.Run for a test module of real libraries: dir
// holds a go.mod (whose dependencies must already be in the module
// cache: it loads with GOPROXY=off) and patterns name packages in it. t
// may be a *testing.T, or anything that collects the failures for a
// caller to sort out. The packages' "// want" comments are checked as
// analysistest checks them (see checkWants).
//
// It differs from analysistest.Run in one way: it does not round-trip
// every fact through gob each time a package inherits it (analysistest's
// SanityCheck). With a library of hundreds of generated packages (the
// FHIR protos) that round trip is quadratic and takes over ten minutes
// where the analysis takes seconds. Fact encoding stays checked by the
// GOPATH fixtures, which analysistest.Run runs with it, and by the nogo
// test, which encodes every fact type through the real unitchecker.
func RunModule(t analysistest.Testing, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
	pkgs, err := loadModule(dir, patterns)
	if err != nil {
		t.Errorf("loading %s: %v", patterns, err)
		return nil
	}
	res, err := checker.Analyze([]*analysis.Analyzer{wrap(a)}, pkgs, &checker.Options{})
	if err != nil {
		t.Errorf("Analyze: %v", err)
		return nil
	}
	var results []*analysistest.Result
	for _, act := range res.Roots {
		if act.Err != nil {
			t.Errorf("error analyzing %s: %v", act, act.Err)
		} else {
			checkWants(t, act)
		}
		results = append(results, &analysistest.Result{
			Action:      act,
			Diagnostics: act.Diagnostics,
			Result:      act.Result,
			Err:         act.Err,
		})
	}
	return results
}

// loadModule loads the packages as analysistest does in module mode:
// from source, with their dependencies and tests, offline.
func loadModule(dir string, patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo |
			packages.NeedDeps | packages.NeedModule,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GO111MODULE=on", "GOPROXY=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	for _, p := range pkgs {
		if p.Name == "" {
			return nil, fmt.Errorf("failed to load %q: %v", p.PkgPath, p.Errors)
		}
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages matched %s", patterns)
	}
	return pkgs, nil
}
