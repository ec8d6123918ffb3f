// Package driver runs go/analysis analyzers over a package graph as
// go/analysis/checker does, but streaming: each package is type-checked
// (when the loader left that to the driver) as soon as its imports are
// done, analysed, handed to the caller, and then dropped — its syntax,
// types.Info, SSA and analyzer results. Only what later packages need
// outlives it, its types and its facts, and only until the last package
// importing it is done.
//
// The checker instead builds the whole action graph over packages that
// are all loaded first, keeps every result until the end and copies every
// fact into each importer's map, so its peak memory grows with the whole
// program, not with the few packages in flight. The analyzers cannot tell
// the difference: passes are built as the checker builds them, analyzers
// with facts run on every dependency and the others on the roots only,
// and a fact is visible to an importer exactly when the checker would
// pass it on.
package driver

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/internal/graph"
	"github.com/phivet/phivet/internal/pkgload"
)

// Package is one analysed package, as handed to Options.Visit.
type Package struct {
	*packages.Package
	// Root says the package is one the driver was given, not only a
	// dependency of one: every analyzer ran on it.
	Root bool
	// Results of the analyzers that ran, alive only during Visit.
	Results map[*analysis.Analyzer]any
	// Diagnostics reported on the package, by analyzer.
	Diagnostics []Diagnostic
	// Failures of analyzers on the package.
	Failures []Failure
	// Retain, set by Visit, keeps the package for Options.Complete to
	// analyse again once every package is done: what its passes read of
	// other packages (their types and facts) stays until then. Its
	// Results do not (they are nil once Visit returns), nor its syntax,
	// unless the driver cannot check it again.
	Retain bool
}

// Recheck analyses a retained package again, with its analyzer a's Run
// replaced by run, a's prerequisites run as usual, and returns a copy of
// the package with the results, or nil when it cannot be analysed again
// (it did not type-check). No other package sees the facts the passes
// export (the package's importers are done). Calls may run at the same
// time; the caller drops the copy's syntax when done with it.
type Recheck func(p *Package, a *analysis.Analyzer, run func(*analysis.Pass) (any, error)) *Package

// Done tells the driver that Options.Complete is finished with a package
// Visit retained (it will not be analysed again): what was kept for it,
// its imports' types and facts, is released as it is for any other
// package once no package still to be analysed again needs them. Calls
// may run at the same time as Recheck's.
type Done func(p *Package)

// Diagnostic is a diagnostic and the analyzer that reported it.
type Diagnostic struct {
	Analyzer *analysis.Analyzer
	analysis.Diagnostic
}

// Failure is an analyzer that did not run or failed on a package.
type Failure struct {
	Analyzer *analysis.Analyzer
	Err      error
	// Consequential says the analyzer did not run because of a failure
	// reported elsewhere: an error in the package or one of its
	// imports, or a prerequisite analyzer's failure.
	Consequential bool
}

// Options control a run.
type Options struct {
	// Check gives a package its types, with syntax and types.Info when
	// it is to be analysed from source (pkgload.Graph.Check); nil when
	// the packages are loaded already.
	Check func(*packages.Package)
	// Parallel is how many packages are checked and analysed at once:
	// the bound on memory in flight. Zero means GOMAXPROCS.
	Parallel int
	// Visit is called for every package once its analyzers are done,
	// one call at a time. The package's syntax, types.Info and Results
	// are dropped when it returns; Visit keeps what it needs.
	Visit func(*Package)
	// KeepTypes keeps each package's types as checked from source, for
	// a Visit that holds on to syntax and types.Info, whose objects
	// must stay the ones its importers see. Otherwise they are replaced
	// by their compact export data form once the package is analysed,
	// and dropped (Types set to nil) once every package importing it is
	// done: Visit takes what it needs of them.
	KeepTypes bool
	// Complete, when set, is called once every package is done, before
	// Run returns: recheck analyses again a package Visit retained, and
	// done releases what was kept for it. The completion step is the
	// run's peak: each retained package's part of the driver's state is
	// worth dropping as soon as Complete is through with it.
	Complete func(recheck Recheck, done Done)
}

// Run analyses roots and their dependencies with analyzers.
func Run(analyzers []*analysis.Analyzer, roots []*packages.Package, opts Options) {
	r := newRun(analyzers, roots, opts)
	n := opts.Parallel
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	pkgload.Each(roots, n, r.analyse)
	if opts.Complete != nil {
		opts.Complete(r.recheck, r.done)
	}
}

type run struct {
	opts Options
	// onRoots and onDeps are the analyzers to run on a root and on a
	// dependency, prerequisites first.
	onRoots, onDeps []*analysis.Analyzer
	roots           map[*packages.Package]bool
	// state is fixed before the run; each entry is written only by its
	// package's goroutine, and read by importers after it is done.
	state   map[*packages.Package]*pkgState
	byTypes sync.Map // *types.Package → *pkgState
	visitMu sync.Mutex

	// importers counts, for each package, the importers not yet
	// released; finished marks the packages done. See release.
	releaseMu sync.Mutex
	importers map[*packages.Package]int
	finished  map[*packages.Package]bool
}

// pkgState is what outlives a package's analysis.
type pkgState struct {
	pkg    *packages.Package
	facts  factSet
	failed map[*analysis.Analyzer]bool
	// retained says Visit retained the package and Complete has not
	// called Done on it yet: it may be analysed again.
	retained atomic.Bool
}

func newRun(analyzers []*analysis.Analyzer, roots []*packages.Package, opts Options) *run {
	r := &run{
		opts:      opts,
		roots:     map[*packages.Package]bool{},
		state:     map[*packages.Package]*pkgState{},
		importers: map[*packages.Package]int{},
		finished:  map[*packages.Package]bool{},
	}
	r.onRoots = withPrerequisites(analyzers)
	var withFacts []*analysis.Analyzer
	for _, a := range r.onRoots {
		if len(a.FactTypes) > 0 {
			withFacts = append(withFacts, a)
		}
	}
	r.onDeps = withPrerequisites(withFacts)
	for _, p := range roots {
		r.roots[p] = true
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		r.state[p] = &pkgState{pkg: p, failed: map[*analysis.Analyzer]bool{}}
		for _, imp := range p.Imports {
			r.importers[imp]++
		}
	})
	return r
}

// withPrerequisites returns analyzers and everything they require, each
// after its requirements.
func withPrerequisites(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	graph.DepthFirst(analyzers, func(a *analysis.Analyzer) []*analysis.Analyzer { return a.Requires }, nil,
		func(a *analysis.Analyzer) { out = append(out, a) })
	return out
}

// analyse checks p if need be, runs the analyzers on it, hands it to
// Visit and drops what no importer needs.
func (r *run) analyse(p *packages.Package) {
	role := "dependency"
	if r.roots[p] {
		role = "root"
	}
	// CPU profiles (-cpuprofile) tell the packages named from their
	// dependencies: `go tool pprof -tagfocus role=root`.
	pprof.Do(context.Background(), pprof.Labels("role", role, "package", p.PkgPath), func(context.Context) {
		r.analyseLabelled(p)
	})
}

func (r *run) analyseLabelled(p *packages.Package) {
	if r.opts.Check != nil {
		r.opts.Check(p)
	}
	st := r.state[p]
	if p.Types != nil {
		r.byTypes.Store(p.Types, st)
	}
	out := &Package{Package: p, Root: r.roots[p], Results: map[*analysis.Analyzer]any{}}
	list := r.onDeps
	if out.Root {
		list = r.onRoots
	}
	for _, a := range list {
		r.exec(a, st, out)
	}
	if r.opts.Visit != nil {
		r.visitMu.Lock()
		r.opts.Visit(out)
		r.visitMu.Unlock()
	}
	if out.Retain {
		st.retained.Store(true)
		// The results hold the package's syntax, SSA and source-checked
		// types, which would otherwise stay to the end of the run.
		out.Results = nil
	}
	// A retained package that cannot be checked again from source keeps
	// its syntax and the types it was checked as.
	keepSource := out.Retain && (r.opts.Check == nil || r.opts.KeepTypes)
	if !r.opts.KeepTypes && !keepSource {
		r.compact(st)
	}
	if !keepSource {
		p.Syntax = nil
		p.TypesInfo = nil
	}
	if !r.opts.KeepTypes && !out.Retain {
		r.release(p)
	}
}

// release drops p's types and facts once p is done and no package that
// could refer to them is still to come: once every importer is done and
// released in turn, and so every package importing p, directly or not.
// A program of many services sharing a few packages then holds, at any
// time, little more than the shared packages and the services in flight,
// not everything analysed so far. (An import cycle, already an error,
// keeps its packages.)
func (r *run) release(p *packages.Package) {
	r.releaseMu.Lock()
	defer r.releaseMu.Unlock()
	r.finished[p] = true
	var drop func(p *packages.Package)
	drop = func(p *packages.Package) {
		if !r.finished[p] || r.importers[p] > 0 {
			return
		}
		delete(r.finished, p) // never again
		if p.Types != nil {
			r.byTypes.Delete(p.Types)
		}
		r.state[p].facts = factSet{}
		p.Types = nil
		for _, imp := range p.Imports {
			r.importers[imp]--
			drop(imp)
		}
	}
	drop(p)
}

// exec runs analyzer a on the package, unless a prerequisite failed: a
// required analyzer on the same package, or a on an import.
func (r *run) exec(a *analysis.Analyzer, st *pkgState, out *Package) {
	p := st.pkg
	fail := func(err error, consequential bool) {
		st.failed[a] = true
		out.Failures = append(out.Failures, Failure{Analyzer: a, Err: err, Consequential: consequential})
	}
	// Errors first: an import cycle is one, and the import closing it
	// may still be in flight.
	if p.IllTyped && !a.RunDespiteErrors {
		fail(fmt.Errorf("analysis skipped due to errors in package"), true)
		return
	}
	for _, req := range a.Requires {
		if st.failed[req] {
			fail(fmt.Errorf("failed prerequisites: %s@%s", req.Name, p.PkgPath), true)
			return
		}
	}
	if len(a.FactTypes) > 0 {
		for _, imp := range p.Imports {
			if s := r.state[imp]; s != nil && s.failed[a] {
				fail(fmt.Errorf("failed prerequisites: %s@%s", a.Name, imp.PkgPath), true)
				return
			}
		}
	}
	pass := r.newPass(a, st, out)
	result, err := runPass(pass)
	pass.ExportObjectFact, pass.ExportPackageFact = nil, nil
	if err != nil {
		fail(err, false)
		return
	}
	if got, want := reflect.TypeOf(result), a.ResultType; got != want {
		fail(fmt.Errorf("internal error: analyzer %s returned a result of type %v, but declared ResultType %v", a.Name, got, want), false)
		return
	}
	out.Results[a] = result
}

// runPass runs the pass, turning a panic into an error so that one
// analyzer's bug costs one package, not the run.
func runPass(pass *analysis.Pass) (result any, err error) {
	return runFunc(pass, pass.Analyzer.Run)
}

// runFunc is runPass with run in place of the analyzer's Run.
func runFunc(pass *analysis.Pass, run func(*analysis.Pass) (any, error)) (result any, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v\n%s", v, debug.Stack())
		}
	}()
	return run(pass)
}
