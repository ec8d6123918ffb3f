package driver

import (
	"go/types"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"weak"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/internal/pkgload"
)

// Once a package is analysed, nothing keeps the types checked from its
// source alive — not the driver, and not the facts phiflow exports
// about it (a summary's labels once held their types) — so a run's
// memory does not grow with every function body it has seen. The
// importer still sees the dependency's facts: the leak is reported.
func TestAnalysedPackagesReleaseTheirSourceTypes(t *testing.T) {
	g, err := pkgload.NewGraph(filepath.Join("testdata", "mod"), "./handler")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	checked := map[string]weak.Pointer[types.Package]{}
	var alive []string
	var reported int
	Run([]*analysis.Analyzer{phiflow.Analyzer}, g.Roots, Options{
		Parallel: 1,
		Check: func(p *packages.Package) {
			g.Check(p)
			if p.TypesInfo != nil {
				mu.Lock()
				checked[p.PkgPath] = weak.Make(p.Types)
				mu.Unlock()
			}
		},
		Visit: func(p *Package) {
			if p.PkgPath != "example.com/mod/handler" {
				return
			}
			for _, d := range p.Diagnostics {
				if d.Analyzer == phiflow.Analyzer {
					reported++
				}
			}
			runtime.GC()
			runtime.GC()
			for _, path := range []string{"example.com/mod/records", "example.com/mod/wrap"} {
				if checked[path].Value() != nil {
					alive = append(alive, path)
				}
			}
		},
	})
	if len(checked) < 3 {
		t.Fatalf("checked from source: %v, want records, wrap and handler", checked)
	}
	if len(alive) > 0 {
		t.Errorf("types checked from source still alive after their packages were analysed: %v", alive)
	}
	if reported == 0 {
		t.Error("the leak in handler was not reported: facts did not reach it")
	}
}

// A package Visit retains for Options.Complete keeps what its passes read
// of other packages, not its analyzers' results: those hold its syntax,
// its SSA and the types checked from its source, all of which the
// completion step checks again from source when it needs them. Kept to
// the end of the run, they made every retained package's analysis part
// of the peak.
func TestRetainedPackagesReleaseTheirResults(t *testing.T) {
	g, err := pkgload.NewGraph(filepath.Join("testdata", "mod"), "./handler")
	if err != nil {
		t.Fatal(err)
	}
	var checked weak.Pointer[types.Package]
	var retained *Package
	var alive, ran bool
	Run([]*analysis.Analyzer{phiflow.Analyzer}, g.Roots, Options{
		Parallel: 1,
		Check: func(p *packages.Package) {
			g.Check(p)
			if p.PkgPath == "example.com/mod/handler" && p.TypesInfo != nil {
				checked = weak.Make(p.Types)
			}
		},
		Visit: retain("example.com/mod/handler", &retained),
		Complete: func(recheck Recheck, _ Done) {
			ran = true
			runtime.GC()
			runtime.GC()
			alive = checked.Value() != nil
			if again := recheck(retained, phiflow.Analyzer, phiflow.Analyzer.Run); again == nil || again.Results[phiflow.Analyzer] == nil {
				t.Error("the retained package could not be analysed again")
			}
		},
	})
	if !ran || retained == nil {
		t.Fatal("the package was not retained, or Complete did not run")
	}
	if alive {
		t.Error("a retained package's source-checked types (held by its analyzers' results) are still alive at the completion step")
	}
}

// Once Complete is done with a retained package, what was kept for it is
// released: its imports' types and facts go as they would have gone had
// the package not been retained, and it is not analysed again.
func TestDoneReleasesARetainedPackage(t *testing.T) {
	g, err := pkgload.NewGraph(filepath.Join("testdata", "mod"), "./handler")
	if err != nil {
		t.Fatal(err)
	}
	var retained *Package
	var ran bool
	Run([]*analysis.Analyzer{phiflow.Analyzer}, g.Roots, Options{
		Parallel: 1,
		Check:    g.Check,
		Visit:    retain("example.com/mod/handler", &retained),
		Complete: func(recheck Recheck, done Done) {
			ran = true
			var kept []*packages.Package
			for _, imp := range retained.Imports {
				if imp.Types != nil {
					kept = append(kept, imp)
				}
			}
			if len(kept) == 0 {
				t.Fatal("the retained package's imports kept no types: nothing to release")
			}
			done(retained)
			for _, imp := range kept {
				if imp.Types != nil {
					t.Errorf("after Done, the types of %s are still kept", imp.PkgPath)
				}
			}
			if again := recheck(retained, phiflow.Analyzer, phiflow.Analyzer.Run); again != nil {
				t.Error("a package Done released was analysed again")
			}
			done(retained) // a second call is harmless
		},
	})
	if !ran || retained == nil {
		t.Fatal("the package was not retained, or Complete did not run")
	}
}
