package driver

import (
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// recheck is the Recheck Options.Complete is given. It works on a copy
// of the package, so that packages can be checked again at the same time
// while importers still see the original: a package whose syntax was
// dropped is checked again from source against its imports' types, which
// Retain kept, giving a view of its own types nothing else refers to.
// The passes write facts into a state of their own, which no other
// package reads. A package Visit did not retain, or Done released, is
// not analysed again: what it would read may be gone.
func (r *run) recheck(p *Package, a *analysis.Analyzer, run func(*analysis.Pass) (any, error)) *Package {
	if st := r.state[p.Package]; st == nil || !st.retained.Load() || p.IllTyped {
		return nil
	}
	cp := *p.Package
	if cp.Syntax == nil {
		if r.opts.Check == nil {
			return nil
		}
		cp.Errors, cp.TypeErrors = nil, nil
		r.opts.Check(&cp)
		if cp.IllTyped || cp.Types == nil {
			return nil
		}
	}
	st := &pkgState{pkg: &cp, failed: map[*analysis.Analyzer]bool{}}
	out := &Package{Package: &cp, Root: true, Results: map[*analysis.Analyzer]any{}}
	for _, req := range withPrerequisites(a.Requires) {
		r.exec(req, st, out)
	}
	for _, req := range a.Requires {
		if st.failed[req] {
			return nil
		}
	}
	pass := r.newPass(a, st, out)
	pass.ExportObjectFact = func(types.Object, analysis.Fact) {}
	pass.ExportPackageFact = func(analysis.Fact) {}
	result, err := runFunc(pass, run)
	if err != nil {
		out.Failures = append(out.Failures, Failure{Analyzer: a, Err: err})
		return out
	}
	if got, want := reflect.TypeOf(result), a.ResultType; got != want {
		out.Failures = append(out.Failures, Failure{Analyzer: a, Err: fmt.Errorf("internal error: analyzer %s returned a result of type %v, but declared ResultType %v", a.Name, got, want)})
		return out
	}
	out.Results[a] = result
	return out
}

// done is the Done Options.Complete is given.
func (r *run) done(p *Package) {
	st := r.state[p.Package]
	if st == nil || !st.retained.CompareAndSwap(true, false) || r.opts.KeepTypes {
		return
	}
	r.release(p.Package)
}
