package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A library may keep a function value in what it returns for the callee
// given that to call in turn (catalog CarriedFunc): templ's WithChildren
// puts a page's content, a component, into the context a layout's Render
// receives, and the layout renders it into its own writer. The layout
// reads it back from the context, where phivet cannot resolve it; so a
// call given such a value calls the function value it carries too, with
// the arguments the call is given (the children are rendered into the
// layout's writer with the layout's context).

// carriedTargets returns, for a call s, the targets of the function
// values its arguments carry, each a call site of its own.
func (f *family) carriedTargets(s *callSite, c *ssa.CallCommon) []*callSite {
	args := c.Args
	if !c.IsInvoke() && s.fn != nil && s.fn.Type().(*types.Signature).Recv() != nil && len(args) > 0 {
		args = args[1:] // the receiver is not passed on
	}
	var out []*callSite
	for _, a := range args {
		made, ok := a.(*ssa.Call)
		if !ok {
			continue
		}
		callee := made.Call.StaticCallee()
		if callee == nil {
			continue
		}
		obj, ok := callee.Object().(*types.Func)
		if !ok {
			continue
		}
		cf := f.e.calleeOf(obj).entry.Carried
		if cf == nil || cf.Arg >= len(made.Call.Args) {
			continue
		}
		if s.forwards >= maxForwards {
			f.reachLimit("maxForwards")
			continue
		}
		call := &callSite{instr: s.instr, args: args, result: types.NewTuple(), mark: noMark, forwards: s.forwards + 1}
		out = append(out, f.funcTargets(call, made.Call.Args[cf.Arg])...)
	}
	return out
}
