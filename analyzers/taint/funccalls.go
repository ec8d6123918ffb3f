package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A function that calls a function value it was given, passing it its
// own parameters, does with them whatever that value does: a method on a
// named func type calling its receiver (templ's ComponentFunc.Render,
// net/http's HandlerFunc.ServeHTTP), a helper calling fn(ctx, w). The
// function cannot know what the value is; its caller, which passes it,
// often can. So the summary lists such calls (FuncCalls), and a call of
// the function resolves the value it passes there as a call through it
// would be resolved (funcvals.go) and applies each function it can be,
// with the arguments the function forwards: the component a handler
// renders into its response writes there what its closure captured. A
// caller passing on a function value it was given itself lists the call
// in its own summary, for its callers to resolve.

// FuncCall is a call through the function value parameter Func holds
// (receiver = 0), passing the function's own parameters on. For a
// literal summarised on its own, Func may be a free variable, numbered
// after the parameters (freefuncs.go).
type FuncCall struct {
	Func int
	// Args gives, per argument of the call, the parameter passed there;
	// -1 for any other value, which the caller does not see.
	Args []int
}

func (c FuncCall) same(o FuncCall) bool {
	if c.Func != o.Func || len(c.Args) != len(o.Args) {
		return false
	}
	for i := range c.Args {
		if c.Args[i] != o.Args[i] {
			return false
		}
	}
	return true
}

// rootFunc returns the index of the root's parameter the function value
// v is, or, for a literal summarised on its own, of its free variable,
// numbered after its parameters; -1 if none.
func (f *family) rootFunc(v ssa.Value) int {
	if f.root.Parent() != nil {
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
			v = u.X // a free variable captured by reference
		}
		for k, fv := range f.root.FreeVars {
			if fv == v {
				return len(f.root.Params) + k
			}
		}
	}
	return f.rootParam(v)
}

// rootParam returns the index of the root's parameter v is (seen through
// conversions), or -1.
func (f *family) rootParam(v ssa.Value) int {
	for {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.Parameter:
			for i, p := range f.root.Params {
				if p == x {
					return i
				}
			}
		}
		return -1
	}
}

// structWriter returns the index of the root's parameter that v, a
// struct built in the root (f(Input{ctx, w}), templ's
// GeneratedComponentInput) or a pointer to one, holds in its fields of a
// writer's type, or -1 (none, or several). The value called writes
// where that parameter does: the caller passes the parameter in the
// struct's stead, which carries its destination (what the function
// value reads of the struct's other fields is not seen).
func (f *family) structWriter(v ssa.Value) int {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X
	}
	a, ok := v.(*ssa.Alloc)
	if !ok || !isStruct(deref(a.Type())) {
		return -1
	}
	found := -1
	for _, ref := range *a.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != a {
			continue
		}
		for _, use := range *fa.Referrers() {
			st, ok := use.(*ssa.Store)
			if !ok || st.Addr != fa || !isWriter(st.Val.Type()) {
				continue
			}
			i := f.rootParam(st.Val)
			if i < 0 || found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// isWriter reports whether t has io.Writer's Write method.
func isWriter(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Write")
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := m.Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	sl, ok := sig.Params().At(0).Type().Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := sl.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte && isInteger(sig.Results().At(0).Type()) && isError(sig.Results().At(1).Type())
}

// noteFuncCall lists in the summary a call, in the root's own code,
// through the function value of one of its parameters that passes on
// some of its parameters.
func (f *family) noteFuncCall(instr ssa.CallInstruction, fn ssa.Value, args []ssa.Value) {
	if f.sum == nil || instr.Parent() != f.root {
		return
	}
	i := f.rootFunc(fn)
	if i < 0 {
		return
	}
	c := FuncCall{Func: i, Args: make([]int, len(args))}
	forwards := false
	for j, a := range args {
		c.Args[j] = f.rootParam(a)
		if c.Args[j] < 0 {
			c.Args[j] = f.structWriter(a)
		}
		forwards = forwards || c.Args[j] >= 0
	}
	if !forwards {
		return
	}
	for _, o := range f.sum.FuncCalls {
		if o.same(c) {
			return
		}
	}
	if len(f.sum.FuncCalls) >= maxFuncCalls {
		f.reachLimit("maxFuncCalls")
		return
	}
	f.sum.FuncCalls = append(f.sum.FuncCalls, c)
}

// funcCallKey is a call of a callee with that summary.
type funcCallKey struct {
	s   *callSite
	sum *Summary
}

// funcCallSites returns, for a call s of a function with summary sum
// (callee, or for nil the literal or function s.sum is), each of sum's
// FuncCalls as a call through a function value of its own, given the
// arguments forwarded to it, with the functions the value passed there
// can be as its targets; worked out once per call and summary.
func (f *family) funcCallSites(s *callSite, sum *Summary, callee *types.Func) []*callSite {
	if len(sum.FuncCalls) == 0 {
		return nil
	}
	key := funcCallKey{s, sum}
	if out, ok := f.funcCalls[key]; ok {
		return out
	}
	var out []*callSite
	if s.forwards < maxForwards {
		for _, fc := range sum.FuncCalls {
			args := make([]ssa.Value, len(fc.Args))
			for j, p := range fc.Args {
				args[j] = unknownReceiver // carries nothing
				if p >= 0 && p < len(s.args) {
					args[j] = s.args[p]
				}
			}
			// The call's result is the callee's to give, not the value's.
			call := &callSite{instr: s.instr, args: args, result: types.NewTuple(), mark: noMark, forwards: s.forwards + 1}
			if fc.Func < len(s.args) {
				fn := s.args[fc.Func]
				f.noteFuncCall(s.instr, fn, args)
				call.targets = f.funcTargets(call, fn)
			} else if k := fc.Func - len(s.args); k < len(s.free) && len(s.free[k]) > 0 {
				// A free variable of the literal s calls (freefuncs.go).
				call.targets = f.refTargets(call, s.free[k])
			}
			f.nameLiterals(call.targets, s, callee)
			out = append(out, call)
		}
	} else {
		f.reachLimit("maxForwards")
	}
	if f.funcCalls == nil {
		f.funcCalls = map[funcCallKey][]*callSite{}
	}
	f.funcCalls[key] = out
	return out
}

// transferFuncCalls applies the data flow of what the call passes to
// sum's FuncCalls.
func (f *family) transferFuncCalls(s *callSite, sum *Summary, callee *types.Func) {
	for _, call := range f.funcCallSites(s, sum, callee) {
		for _, t := range call.targets {
			f.transferSite(t)
		}
	}
}

// collectFuncCalls finds what the functions the call passes to sum's
// FuncCalls reach, as calls made here.
func (f *family) collectFuncCalls(s *callSite, sum *Summary, callee *types.Func, here Guards, pos token.Pos) {
	for _, call := range f.funcCallSites(s, sum, callee) {
		// The value may be read from slots the caller's callers fill.
		f.noteSlotCalls(call, here, pos)
		for _, t := range call.targets {
			f.collectSite(t, here, pos)
		}
	}
}

// boxesFunc reports whether x boxes a function value of a named type
// with methods (templ's ComponentFunc, http.HandlerFunc, an option
// func): only they call it through the interface. A bare function boxed
// in an any is reached, if at all, by an assertion, which is not
// followed.
func boxesFunc(x *ssa.MakeInterface) bool {
	n, ok := types.Unalias(x.X.Type()).(*types.Named)
	return ok && isFunc(n) && n.NumMethods() > 0
}

// nameLiterals names the literals among targets, for the path shown, by
// the function that calls them: "a function literal that
// (templ.ComponentFunc).Render calls".
func (f *family) nameLiterals(targets []*callSite, s *callSite, callee *types.Func) {
	by := s.sumName
	switch {
	case callee != nil:
		by = funcName(callee)
	case by == "":
		by = literalName
	}
	for _, t := range targets {
		if t.sum != nil && t.sumName == "" {
			t.sumName = literalName + " that " + by + " calls"
		}
	}
}
