package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A literal made out of its caller's sight, returned by a callee (a
// decorator wrap(logf) returning func(v ...any) { logf(v...) }) or
// stored into a field by a constructor (ent's debug driver), is applied
// by its summary, made on its own: what it captured is out of sight
// there, and a call through a function value it captured reaches
// nothing. Its summary lists such a call as a FuncCall on the free
// variable (numbered after the literal's parameters, see funccalls.go);
// the reference to the literal carries what each of its function-valued
// free variables can be, resolved where the closure is made: a
// parameter of the callee returning it is what the call passes, one of
// a constructor storing it into a slot what the constructor's callers
// pass (a slot of its own).

// returnCtx is a call whose callee's returns a resolver walks, with the
// resolver's state outside it.
type returnCtx struct {
	callee   *ssa.Function
	args     []ssa.Value
	free     func(*ssa.FreeVar) []ssa.Value
	freeUses func(ssa.Value) []*ssa.FreeVar
	foreign  bool
	up       *returnCtx
}

// freeFuncs resolves, for a closure of a literal made in code foreign
// to the resolver's family, what each function-valued free variable
// can be (nil for the others); nil when there is none.
func (r *funcResolver) freeFuncs(mc *ssa.MakeClosure) [][]funcRef {
	if !r.foreign {
		return nil // a literal of the family: its bindings are in sight
	}
	if r.closures == nil {
		r.closures = map[*ssa.MakeClosure]bool{}
	}
	if r.closures[mc] {
		return nil
	}
	r.closures[mc] = true
	var out [][]funcRef
	for i, b := range mc.Bindings {
		var vals []ssa.Value
		switch {
		case isFunc(b.Type()):
			vals = []ssa.Value{b}
		case isFuncCell(b):
			// Captured by reference: what the maker stores there.
			vals = r.stores(b)
		}
		var refs []funcRef
		for _, v := range vals {
			refs = append(refs, r.resolveApart(v)...)
		}
		if len(refs) > 0 {
			if out == nil {
				out = make([][]funcRef, len(mc.Bindings))
			}
			out[i] = refs
		}
	}
	return out
}

// isFuncCell reports whether v is a local variable of function type.
func isFuncCell(v ssa.Value) bool {
	a, ok := v.(*ssa.Alloc)
	if !ok {
		return false
	}
	p, ok := a.Type().Underlying().(*types.Pointer)
	return ok && isFunc(p.Elem())
}

// resolveApart resolves v with a resolver of its own in r's state: a
// parameter of the callee whose returns r walks is resolved as the
// argument its call passes, in the caller's state.
func (r *funcResolver) resolveApart(v ssa.Value) []funcRef {
	if r.apart == nil {
		r.apart = map[ssa.Value]bool{}
	}
	sub := &funcResolver{e: r.e, seen: map[ssa.Value]bool{}, seenElems: map[ssa.Value]bool{},
		free: r.free, freeUses: r.freeUses, foreign: r.foreign, params: r.params, ctx: r.ctx, closures: r.closures,
		apart: r.apart}
	if p, ok := v.(*ssa.Parameter); ok && r.ctx != nil && p.Parent() == r.ctx.callee {
		for i, q := range r.ctx.callee.Params {
			if q == p && i < len(r.ctx.args) {
				c := r.ctx
				sub.free, sub.freeUses, sub.foreign, sub.ctx = c.free, c.freeUses, c.foreign, c.up
				v = c.args[i]
			}
		}
	}
	if r.apart[v] {
		// Already being resolved apart further up: a function value
		// made of itself (a page returning a component built from its
		// own call), whose other targets the outer walk finds.
		return nil
	}
	r.apart[v] = true
	sub.value(v)
	delete(r.apart, v)
	return sub.out
}
