package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A constructor of closures (a query builder given an authoriser, a
// logger factory) returns function literals. Within its package a call
// through the value it returns is resolved by following its returns
// (funcvals.go); for callers in other packages its summary carries the
// literals' own summaries, and with them whether each checks.

// returnedLiterals lists, for each function-typed result of fn (or
// interface-typed one, the literal boxed: see boxesFunc), the literals
// fn returns there, by their summaries: only for a result that every
// return gives a literal or nil, so that a caller crediting the
// literals' checks misses no other target.
func (e *Engine) returnedLiterals(fn *ssa.Function) []ResultFunc {
	res := fn.Signature.Results()
	var out []ResultFunc
	for i := range res.Len() {
		switch res.At(i).Type().Underlying().(type) {
		case *types.Signature, *types.Interface:
			// An interface: a function boxed in it (a templ.Component
			// made of a ComponentFunc), called by its method (funccalls.go).
		default:
			continue
		}
		var lits []*ssa.Function
		all := true
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok {
				continue
			}
			v := ret.Results[i]
			if mi, ok := v.(*ssa.MakeInterface); ok {
				if !boxesFunc(mi) {
					all = false
					continue
				}
				v = mi.X
			}
			for {
				ct, ok := v.(*ssa.ChangeType) // a literal given a named func type
				if !ok {
					break
				}
				v = ct.X
			}
			if mc, ok := v.(*ssa.MakeClosure); ok {
				v = mc.Fn
			}
			switch v := v.(type) {
			case *ssa.Function:
				// A literal; a declared function or a bound method's
				// wrapper (no parent) is no literal.
				if v.Parent() == nil {
					all = false
				} else {
					lits = append(lits, v)
				}
			case *ssa.Const:
				// nil: no function to call
			default:
				all = false
			}
		}
		if !all {
			continue
		}
		for _, lit := range lits {
			out = append(out, ResultFunc{Result: i, Summary: e.literalSummary(lit)})
		}
	}
	return out
}

// returnedFrom resolves the function value a call to callee, a function
// of another package, returns: the literals its summary lists.
func (r *funcResolver) returnedFrom(callee *ssa.Function) {
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return
	}
	sum := r.e.summaryOfFunc(obj)
	if sum == nil {
		return
	}
	for _, rf := range sum.ResultFuncs {
		if rf.Result == 0 && rf.Summary != nil {
			r.add(funcRef{sum: rf.Summary, name: "a function literal returned by " + obj.Name()})
		}
	}
}
