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
// return gives a literal, a declared function, nil or what a call of a
// function listing its own returned literals gives (a page returning the
// component templruntime.GeneratedTemplate makes of the page's closure;
// a translator picked at run time from a constructor's closure and a
// declared no-op, through a named result), so that a caller crediting
// the literals' checks misses no other target.
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
		seen := map[ssa.Value]bool{}
		for _, b := range fn.Blocks {
			if !all || len(found) > maxFuncTargets {
				break
			}
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok {
				continue
			}
			rfs, ok := e.returnedFuncs(fn, ret.Results[i], seen)
			all = all && ok
			found = append(found, rfs...)
		}
		if !all || len(found) > maxFuncTargets {
			// Past the bound a caller's call through the value is cut
			// anyway (refTargets): a table of marshalers returned by a
			// switch is not worth a copy of each summary in the fact.
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
// v can be nothing else. A named result assigned on several paths
// reaches the return as a phi of what each assigned; seen ends a phi
// that reaches itself (a loop).
func (e *Engine) returnedFuncs(fn *ssa.Function, v ssa.Value, seen map[ssa.Value]bool) ([]ResultFunc, bool) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		if !boxesFunc(mi) {
			return nil, false
		}
		v = mi.X
	}
	v = withoutFuncType(v)
	var free []ssa.Value
	mc, closure := v.(*ssa.MakeClosure)
	if closure {
		v, free = mc.Fn, mc.Bindings
	}
	switch v := v.(type) {
	case *ssa.Function:
		if v.Parent() == nil {
			// A declared function, by its own summary; a bound method's
			// wrapper or another synthetic function is none.
			return e.declaredFunc(v, closure)
		}
		sum := e.literalSummary(v)
		return []ResultFunc{{Summary: sum, Free: e.boundFree(fn, sum, len(v.Params), free)}}, true
	case *ssa.Phi:
		if !firstVisit(seen, v) {
			return nil, true
		}
		var out []ResultFunc
		for _, edge := range v.Edges {
			rfs, ok := e.returnedFuncs(fn, edge, seen)
			if !ok {
				return nil, false
			}
			out = append(out, rfs...)
		}
		return out, true
	case *ssa.Call:
		return e.calledFuncs(fn, v, 0)
	case *ssa.Extract:
		// One result of a call with several (f, err := load(name)).
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return e.calledFuncs(fn, call, v.Index)
		}
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

// calledFuncs returns the literals the call, made by fn, returns as its
// result: those its callee lists, with what the call passes to the free
// variables they call bound as fn binds it.
func (e *Engine) calledFuncs(fn *ssa.Function, call *ssa.Call, result int) ([]ResultFunc, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil || callee == fn || call.Call.Signature().Results().Len() <= result {
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
		if rf.Result != result {
			continue
		}
		bound := ResultFunc{Summary: rf.Summary, Func: rf.Func, decl: rf.decl}
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
	for _, rf := range sum.ResultFuncs {
		if rf.Result != 0 || rf.Summary == nil {
			continue
		}
		name := "a function literal returned by " + obj.Name()
		if rf.Func != "" {
			name = rf.Func + " returned by " + obj.Name()
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

// returnsFuncs reports whether a result of sig can hold a function: one
// of function or interface type.
func returnsFuncs(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		switch v.Type().Underlying().(type) {
		case *types.Signature, *types.Interface:
			return true
		}
	}
	return false
}
