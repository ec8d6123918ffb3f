package taint

import (
	"go/types"
	"slices"

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
// return gives a literal, nil or what a call of a function listing its
// own returned literals gives (a page returning the component
// templruntime.GeneratedTemplate makes of the page's closure), so that
// a caller crediting the literals' checks misses no other target.
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
		var found []ResultFunc
		all := true
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok {
				continue
			}
			rfs, ok := e.returnedFuncs(fn, ret.Results[i])
			all = all && ok
			found = append(found, rfs...)
		}
		if !all {
			continue
		}
		for _, rf := range found {
			rf.Result = i
			out = append(out, rf)
		}
	}
	return out
}

// returnedFuncs returns the literals fn returns as v, reporting whether
// v can be nothing else.
func (e *Engine) returnedFuncs(fn *ssa.Function, v ssa.Value) ([]ResultFunc, bool) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		if !boxesFunc(mi) {
			return nil, false
		}
		v = mi.X
	}
	v = withoutFuncType(v)
	var free []ssa.Value
	if mc, ok := v.(*ssa.MakeClosure); ok {
		v, free = mc.Fn, mc.Bindings
	}
	switch v := v.(type) {
	case *ssa.Function:
		// A literal; a declared function or a bound method's wrapper (no
		// parent) is no literal.
		if v.Parent() == nil {
			return nil, false
		}
		sum := e.literalSummary(v)
		return []ResultFunc{{Summary: sum, Free: e.boundFree(fn, sum, len(v.Params), free)}}, true
	case *ssa.Call:
		return e.calledFuncs(fn, v)
	case *ssa.Const:
		return nil, true // nil: no function to call
	}
	return nil, false
}

// boundFree says what fn binds to the free variables a literal it
// returns calls (bindings, the literal's with params parameters, by its
// summary sum): one of fn's parameters, or literals.
func (e *Engine) boundFree(fn *ssa.Function, sum *Summary, params int, bindings []ssa.Value) []FreeFunc {
	var out []FreeFunc
	for _, fc := range sum.FuncCalls {
		k := fc.Func - params
		if k < 0 || k >= len(bindings) {
			continue
		}
		if ff, ok := e.freeFunc(fn, k, bindings[k]); ok && !slices.Contains(out, ff) {
			out = append(out, ff)
		}
	}
	return out
}

// freeFunc says what the value b, bound by fn to free variable k of a
// literal, is: a parameter of fn or a literal.
func (e *Engine) freeFunc(fn *ssa.Function, k int, b ssa.Value) (FreeFunc, bool) {
	if isFuncCell(b) {
		// Captured by reference (a parameter the literal captures lives
		// in a cell): the one value stored there, if it is only one.
		stored := storedInCell(b.(*ssa.Alloc))
		if len(stored) != 1 {
			return FreeFunc{}, false
		}
		b = stored[0]
	}
	b = withoutFuncType(b)
	if mc, ok := b.(*ssa.MakeClosure); ok {
		b = mc.Fn
	}
	switch x := b.(type) {
	case *ssa.Parameter:
		for i, p := range fn.Params {
			if p == x {
				return FreeFunc{Var: k, Param: i}, true
			}
		}
	case *ssa.Function:
		if x.Parent() != nil {
			return FreeFunc{Var: k, Param: -1, Literal: e.literalSummary(x)}, true
		}
	}
	return FreeFunc{}, false
}

// calledFuncs returns the literals the call, made by fn, returns: those
// its callee lists, with what the call passes to the free variables they
// call bound as fn binds it.
func (e *Engine) calledFuncs(fn *ssa.Function, call *ssa.Call) ([]ResultFunc, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || callee == fn || call.Call.Signature().Results().Len() != 1 {
		return nil, false
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return nil, false
	}
	sum := e.summaryOfFunc(obj)
	if sum == nil || len(sum.ResultFuncs) == 0 {
		return nil, false
	}
	var out []ResultFunc
	for _, rf := range sum.ResultFuncs {
		if rf.Result != 0 {
			continue
		}
		bound := ResultFunc{Summary: rf.Summary}
		for _, ff := range rf.Free {
			if ff.Literal != nil {
				bound.Free = append(bound.Free, ff)
			} else if ff.Param < len(call.Call.Args) {
				if b, ok := e.freeFunc(fn, ff.Var, call.Call.Args[ff.Param]); ok {
					bound.Free = append(bound.Free, b)
				}
			}
		}
		out = append(out, bound)
	}
	return out, true
}

// returnedFrom resolves the function value call, to callee, a function
// of another package, returns: the literals its summary lists, with what
// the free variables they call can be: a parameter of callee is what the
// call passes.
func (r *funcResolver) returnedFrom(call *ssa.Call, callee *ssa.Function) {
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return
	}
	sum := r.e.summaryOfFunc(obj)
	if sum == nil {
		return
	}
	name := "a function literal returned by " + obj.Name()
	for _, rf := range sum.ResultFuncs {
		if rf.Result != 0 || rf.Summary == nil {
			continue
		}
		var free [][]funcRef
		for _, ff := range rf.Free {
			refs := []funcRef{{sum: ff.Literal, name: name}}
			if ff.Literal == nil {
				refs = nil
				if ff.Param < len(call.Call.Args) {
					refs = r.resolveApart(call.Call.Args[ff.Param])
				}
			}
			if len(refs) == 0 {
				continue
			}
			for len(free) <= ff.Var {
				free = append(free, nil)
			}
			free[ff.Var] = append(free[ff.Var], refs...)
		}
		r.add(funcRef{sum: rf.Summary, name: name, free: free})
	}
}

// withoutFuncType strips the conversions that give a function value a
// named func type (a literal converted to templ.ComponentFunc).
func withoutFuncType(v ssa.Value) ssa.Value {
	for {
		ct, ok := v.(*ssa.ChangeType)
		if !ok {
			return v
		}
		v = ct.X
	}
}
