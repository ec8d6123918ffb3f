package driver

import (
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// recheck is the Recheck Options.Complete is given. A package whose
// syntax was dropped is checked again from source against its imports'
// types, which Retain kept: a third view of its own types, which nothing
// else refers to. The caller drops its syntax and types.Info when done
// with the diagnostics.
func (r *run) recheck(p *Package, a *analysis.Analyzer, run func(*analysis.Pass) (any, error)) *Package {
	st := r.state[p.Package]
	if st == nil || p.IllTyped {
		return nil
	}
	if p.Syntax == nil {
		if r.opts.Check == nil {
			return nil
		}
		// The types importers saw stay the package's: a package checked
		// again later imports them.
		saved := *p.Package
		defer func() {
			r.byTypes.Delete(p.Types)
			p.Types, p.Errors, p.TypeErrors, p.IllTyped = saved.Types, saved.Errors, saved.TypeErrors, saved.IllTyped
		}()
		r.opts.Check(p.Package)
		if p.IllTyped || p.Types == nil {
			return nil
		}
		r.byTypes.Store(p.Types, st)
	}
	out := &Package{Package: p.Package, Root: true, Results: map[*analysis.Analyzer]any{}}
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
