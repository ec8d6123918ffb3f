package taint

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A literal of the family called where it is named (func(r *Rec){…}(r),
// go func(…){…}(…)) receives its arguments as a named function's
// parameters would, but is solved with its caller rather than summarised:
// its parameter is given the argument's data at the call. Given all the
// data reachable through a pointer argument as its own value, a read of
// one field through the parameter (r.Meta["k"]) would yield every field's
// data. So a reference parameter is bound to its arguments, as a free
// variable is to what it captures: it refers to where they refer (locs),
// and takes only their own values at the call (transferSite). Only a
// literal called nowhere else: one passed on as a function value is given
// other arguments, which calls.go gives it whole.

// noteLiteralCall binds the parameters of the in-family literal call
// calls statically to its arguments.
func (f *family) noteLiteralCall(call ssa.CallInstruction) {
	c := call.Common()
	if c.IsInvoke() {
		return
	}
	callee := c.StaticCallee()
	if callee == nil || callee.Parent() == nil || !onlyCalled(c.Value) || !f.inFamily(callee) {
		return
	}
	for i, p := range callee.Params {
		if i >= len(c.Args) || !isReference(p.Type()) {
			continue
		}
		if f.paramArgs == nil {
			f.paramArgs = make(map[*ssa.Parameter][]ssa.Value)
		}
		f.paramArgs[p] = append(f.paramArgs[p], c.Args[i])
	}
}

// onlyCalled reports whether the function value fn (a literal, or the
// closure made of one) is only ever called.
func onlyCalled(fn ssa.Value) bool {
	refs := fn.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		call, ok := r.(ssa.CallInstruction)
		if !ok || call.Common().Value != fn || slices.Contains(call.Common().Args, fn) {
			return false
		}
	}
	return true
}

// boundArg reports whether a is one of the arguments p is bound to.
func (f *family) boundArg(p *ssa.Parameter, a ssa.Value) bool {
	for _, b := range f.paramArgs[p] {
		if b == a {
			return true
		}
	}
	return false
}

// paramLocs are the locations a bound parameter refers to, its
// arguments' (nil when p is bound to no argument).
func (f *family) paramLocs(p *ssa.Parameter, depth int) []loc {
	var out []loc
	for _, a := range f.paramArgs[p] {
		out = append(out, f.locsDepth(a, depth+1)...)
	}
	return out
}
