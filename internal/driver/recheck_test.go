package driver

import (
	"testing"

	"golang.org/x/tools/go/analysis"
)

// A package Visit retains is analysed again once every package is done:
// checked again from source (its syntax was dropped) on a copy, its
// prerequisites run again, its imports' facts still there, while the
// package importers saw keeps its types.
func TestRecheckRetainedPackage(t *testing.T) {
	const path = "example.com/mod/a"
	var retained, again *Package
	var files int
	opts := Options{
		Visit: retain(path, &retained),
		Complete: func(recheck Recheck, _ Done) {
			again = recheck(retained, rootOnly, func(pass *analysis.Pass) (any, error) {
				files = len(pass.Files)
				return -1, nil
			})
		},
	}
	runWith(t, []*analysis.Analyzer{rootOnly}, opts, "./a")
	if retained == nil || again == nil {
		t.Fatalf("retained %v, analysed again %v", retained, again)
	}
	if files == 0 || again.Results[rootOnly] != -1 {
		t.Errorf("the replacement Run saw %d files and returned %v", files, again.Results[rootOnly])
	}
	vis, _ := again.Results[mark].(*visibility)
	if vis == nil {
		t.Fatalf("the prerequisite did not run again: %v", again.Failures)
	}
	for _, name := range []string{"b.B", "c.T", "c.T.M"} {
		if !vis.imported[name] {
			t.Errorf("analysed again, the fact about %s is gone", name)
		}
	}
	if retained.Types == nil || retained.Types == again.Types {
		t.Errorf("the retained package's types were replaced (%p, again %p)", retained.Types, again.Types)
	}
}

// retain is a Visit that retains the package of the path and keeps it in
// *into.
func retain(path string, into **Package) func(*Package) {
	return func(p *Package) {
		if p.PkgPath == path {
			p.Retain = true
			*into = p
		}
	}
}
