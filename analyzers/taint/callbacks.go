package taint

import (
	"go/types"

	"github.com/phivet/phivet/analyzers/model"
	"golang.org/x/tools/go/ssa"
)

// declaredCallback handles a declared function passed by name to a
// higher-order function (Map(ps, toRow)), as passCallbacks does a
// literal: the callee may call it with the elements of its other
// arguments and return what it returns. What the function does is its
// summary: its results hold their concrete data, and for its
// parameters' data the arguments holding their types, as a whole;
// its results' fields stay apart in a collection of the struct it
// returns. What it passes to sinks is not followed here.
func (f *family) declaredCallback(s *callSite, i int, fn *ssa.Function) {
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return
	}
	sum := f.e.summaryOfFunc(obj)
	if sum == nil {
		return
	}
	params := fn.Signature.Params()
	args := make([]ssa.Value, params.Len())
	for k := range args {
		for j, b := range s.args {
			if j != i && holdsType(b.Type(), params.At(k).Type()) {
				args[k] = b
				break
			}
		}
	}
	subst := func(t Taint) Taint {
		out := f.resolveOwnIfArgs(args, t.Data.Concrete())
		for _, l := range t.Data.Symbolic() {
			if p := l.Param - 1; p < len(args) && args[p] != nil {
				out, _ = out.Union(f.taintOf(args[p]).Data)
			}
		}
		return Taint{Data: out}
	}
	res := fn.Signature.Results()
	for k := 0; k < res.Len() && k < len(sum.Results); k++ {
		for r := 0; r < s.result.Len(); r++ {
			if rt := s.result.At(r).Type(); isError(rt) || !holdsType(rt, res.At(k).Type()) {
				continue
			}
			f.setResult(s, r, subst(sum.Results[k]))
			fields := map[string]Taint{}
			for _, rf := range sum.ResultFields {
				if rf.Index == k {
					fields[rf.Path] = subst(rf.Taint)
				}
			}
			f.callbackFields(s, r, res.At(k).Type(), fields)
		}
	}
}

// callbackFields stores what a callback returns in the fields of a
// struct of type lt, by path, at the call's result r, which is that
// struct or a collection of them: a mapping helper given a callback that
// builds one response per record (Map(ps, func(p Patient) Row { return
// Row{Name: p.Name} })) returns rows holding the names. Deeper
// collections hold the fields' data as a whole.
func (f *family) callbackFields(s *callSite, r int, lt types.Type, fields map[string]Taint) {
	root := f.resultRoot(s, r)
	if len(fields) == 0 || root == nil {
		return
	}
	prefix := ""
	if rt := s.result.At(r).Type(); !types.Identical(rt, lt) {
		if e := model.Elem(rt); e == nil || !types.Identical(e, lt) {
			for _, t := range fields {
				f.setResult(s, r, t)
			}
			return
		}
		prefix = elemPath
	}
	for path, t := range fields {
		f.store(loc{root, prefix + path}, t)
	}
}
