package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A call through a function value (a local assigned in a switch, a
// struct field set to log.Printf, a map of handlers, a method value) has
// no static callee. Its targets are what the called value can be: the
// functions, method values and literals that reach it inside the
// function, or that the package and its imports store into the field,
// variable or container it is loaded from (see slots.go). Each target is
// then applied as a static call to it would be.
//
// A function value a function of another package returns is resolved
// when its summary lists the literals and declared functions it returns
// (ResultFuncs), with what it binds to the function values the literals
// capture and call: its parameter, resolved as the argument the call
// passes, or a literal of its own. Left unresolved: a method value
// another package returns; a call on a
// parameter (a higher-order function's callback, handled at each call by
// passCallbacks, and, when it passes the function's parameters on, by
// the callers, which resolve the value they pass: funccalls.go); a call
// through a function value a literal captured, when the literal is
// applied out of its maker's sight, unless whoever resolved the literal
// resolved what it captured too (freefuncs.go); a function value
// asserted from an interface or sent on a channel; a store made in a
// package the caller does not depend on, except by the phivet command,
// which sees the whole program (programslots.go), and by the callers
// that made it, for the data the call passes from the function's
// parameters (slotcalls.go).
// Slots are not flow-sensitive: a field holds, at every load, all that
// any code of the package and its dependencies stores there.

// funcRef is one thing a function value may be.
type funcRef struct {
	fn    *types.Func   // a declared function or method
	bound bool          // fn is a method value: its receiver was bound
	recv  ssa.Value     // the bound receiver, where known
	lit   *ssa.Function // a function literal
	// free gives, for a literal made out of the caller's sight (returned
	// by a callee, stored into a slot), the functions each of its
	// function-valued free variables can be (see freeFuncs).
	free [][]funcRef
	sum  *Summary // a literal of another package, by its summary
	name string   // what sum is the summary of, if not a literal
	slot string   // stands for whatever the slot holds (resolved later)
}

// funcResolver follows a function value back to what it can be. free
// gives the values bound to a free variable (nil outside a family); the
// same value is visited once, which bounds the walk by the code's size.
type funcResolver struct {
	e    *Engine
	free func(*ssa.FreeVar) []ssa.Value
	// freeUses gives the free variables a value is bound to, so that a
	// store through a captured variable inside a literal is seen too.
	freeUses  func(ssa.Value) []*ssa.FreeVar
	seen      map[ssa.Value]bool
	seenElems map[ssa.Value]bool
	// foreign is set while walking another function's code (a callee's
	// returns, or the package's stores), whose receivers mean nothing in
	// the family asking.
	foreign bool
	// params is set when resolving what is stored into a slot: a
	// parameter stored into a field (a constructor's logger) holds what
	// the callers pass. A call on a parameter itself is a higher-order
	// function's, whose callbacks each call passes (passCallbacks):
	// joining every caller's there would give each call all their data.
	params bool
	// ctx is the call whose callee's returns are being walked.
	ctx *returnCtx
	// closures are the literals' closures freeFuncs has walked, shared
	// by the resolvers it starts: a closure that captures itself.
	closures map[*ssa.MakeClosure]bool
	// apart are the values resolveApart is resolving, shared by the
	// resolvers it starts, so that a value made of itself ends the walk.
	apart map[ssa.Value]bool
	out   []funcRef
}

func newResolver(e *Engine) *funcResolver {
	return &funcResolver{e: e, seen: map[ssa.Value]bool{}, seenElems: map[ssa.Value]bool{}}
}

// addSlot resolves a value to the slot key names (suffix "" for the
// value held there, "[]" for its elements), reporting whether key names
// one ("" when the value is not held in a field, parameter or variable
// a summary can name).
func (r *funcResolver) addSlot(key, suffix string) bool {
	if key == "" {
		return false
	}
	r.add(funcRef{slot: key + suffix})
	return true
}

// firstVisit marks v seen, reporting whether it was not yet: a phi or a
// variable stored in a loop reaches itself.
func firstVisit(seen map[ssa.Value]bool, v ssa.Value) bool {
	if seen[v] {
		return false
	}
	seen[v] = true
	return true
}

func (r *funcResolver) add(ref funcRef) {
	if r.foreign {
		ref.recv = nil
	}
	r.out = append(r.out, ref)
}

// value resolves a function-typed value.
func (r *funcResolver) value(v ssa.Value) {
	if !firstVisit(r.seen, v) {
		return
	}
	switch x := v.(type) {
	case *ssa.Function:
		if x.Parent() != nil {
			r.add(funcRef{lit: x})
		} else if obj, ok := x.Object().(*types.Func); ok {
			r.add(funcRef{fn: obj})
		}
	case *ssa.MakeClosure:
		fn := x.Fn.(*ssa.Function)
		if fn.Parent() != nil {
			r.add(funcRef{lit: fn, free: r.freeFuncs(x)})
		} else if obj, ok := fn.Object().(*types.Func); ok && len(x.Bindings) == 1 {
			r.add(funcRef{fn: obj, bound: true, recv: x.Bindings[0]})
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			r.value(e)
		}
	case *ssa.ChangeType:
		r.value(x.X)
	case *ssa.MakeInterface:
		// A function boxed in an interface (a templ.Component made of a
		// ComponentFunc), whose method calls it (funccalls.go).
		if boxesFunc(x) {
			r.value(x.X)
		}
	case *ssa.FreeVar:
		if r.free != nil {
			for _, b := range r.free(x) {
				r.value(b)
			}
		}
	case *ssa.Parameter, *ssa.UnOp, *ssa.Field:
		r.held(x, "")
	case *ssa.Lookup:
		r.elems(x.X)
	case *ssa.Index:
		r.elems(x.X)
	case *ssa.Extract:
		if l, ok := x.Tuple.(*ssa.Lookup); ok && x.Index == 0 {
			r.elems(l.X)
		}
	case *ssa.Call:
		r.returned(x)
	}
}

// held resolves a value read from a parameter, a field or a variable:
// what is held there (suffix "") or in the elements of the container
// held there ("[]").
func (r *funcResolver) held(v ssa.Value, suffix string) {
	switch x := v.(type) {
	case *ssa.Parameter:
		if r.params {
			r.addSlot(paramSlot(x), suffix)
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			r.load(x.X, suffix)
		}
	case *ssa.Field:
		r.addSlot(fieldSlot(x.X.Type(), x.Field), suffix)
	}
}

// load resolves what is loaded from addr, below suffix ("" for the value
// itself, "[]" for an element of the container held there).
func (r *funcResolver) load(addr ssa.Value, suffix string) {
	if r.addSlot(addrSlot(addr), suffix) {
		return
	}
	if ia, ok := addr.(*ssa.IndexAddr); ok {
		if suffix == "" {
			r.elems(ia.X)
		}
		return
	}
	for _, st := range r.stores(addr) {
		if suffix == "" {
			r.value(st)
		} else {
			r.elems(st)
		}
	}
}

// stores returns the values stored at a local variable's address: by
// its own function, and through the free variables that capture it.
func (r *funcResolver) stores(addr ssa.Value) []ssa.Value {
	var addrs []ssa.Value
	switch a := addr.(type) {
	case *ssa.Alloc:
		addrs = append(addrs, a)
	case *ssa.FreeVar:
		if r.free == nil {
			return nil
		}
		for _, b := range r.free(a) {
			if al, ok := b.(*ssa.Alloc); ok {
				addrs = append(addrs, al)
			}
		}
	default:
		return nil
	}
	var out []ssa.Value
	for _, a := range addrs {
		uses := []ssa.Value{a}
		if r.freeUses != nil {
			for _, fv := range r.freeUses(a) {
				uses = append(uses, fv)
			}
		}
		for _, u := range uses {
			for _, ref := range *u.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == u {
					out = append(out, st.Val)
				}
			}
		}
	}
	return out
}

// elems resolves the function values a map, slice or array holds.
func (r *funcResolver) elems(c ssa.Value) {
	if !firstVisit(r.seenElems, c) {
		return
	}
	switch x := c.(type) {
	case *ssa.Parameter, *ssa.UnOp, *ssa.Field:
		r.held(x, "[]")
	case *ssa.Phi:
		for _, e := range x.Edges {
			r.elems(e)
		}
	case *ssa.Slice, *ssa.ChangeType:
		r.elems(r.e.stepOperand(x))
	case *ssa.MakeMap:
		for _, ref := range *x.Referrers() {
			if u, ok := ref.(*ssa.MapUpdate); ok && u.Map == x {
				r.value(u.Value)
			}
		}
	case *ssa.Alloc:
		// An array literal: what is stored at its indices.
		for val := range storedElements(x) {
			r.value(val)
		}
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			for _, a := range x.Call.Args {
				r.elems(a)
			}
		}
	}
}

// returned resolves the function values a call returns: those its
// callee, a function of this package, returns on any path (a factory of
// closures, makeLogger()). A literal returned this way is applied by its
// summary, whatever it captured left out. A callee of another package
// is not followed: its summary carries data, not function values.
func (r *funcResolver) returned(call *ssa.Call) {
	callee := call.Call.StaticCallee()
	if callee == nil || callee.Pkg == nil || call.Call.Signature().Results().Len() != 1 {
		return
	}
	if callee.Pkg.Pkg != r.e.Pkg {
		r.returnedFrom(call, callee)
		return
	}
	// Inside the callee, the caller's free variables mean nothing; its
	// parameters are what the call passes (see freeFuncs).
	ctx := &returnCtx{callee: callee, args: call.Call.Args, free: r.free, freeUses: r.freeUses, foreign: r.foreign, up: r.ctx}
	r.free, r.freeUses, r.foreign, r.ctx = nil, nil, true, ctx
	for _, b := range callee.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			r.value(ret.Results[0])
		}
	}
	r.free, r.freeUses, r.foreign, r.ctx = ctx.free, ctx.freeUses, ctx.foreign, ctx.up
}

// funcTargets returns the targets of a call through a function value,
// each as a call site of its own sharing the call's arguments and
// result: a method value gets its receiver as its first argument (a
// zero value when the receiver was bound somewhere out of sight).
func (f *family) funcTargets(s *callSite, fn ssa.Value) []*callSite {
	r := newResolver(f.e)
	r.free = func(fv *ssa.FreeVar) []ssa.Value { return f.bindings[fv] }
	r.freeUses = func(v ssa.Value) []*ssa.FreeVar { return f.freeUses[v] }
	r.value(fn)
	return f.refTargets(s, r.out)
}

// refTargets returns the targets a call through a function value that
// can be any of refs reaches, as funcTargets does.
func (f *family) refTargets(s *callSite, found []funcRef) []*callSite {
	refs, read := f.e.expandSlots(found, true)
	f.e.noteSlotReads(read)
	s.openSlots = openSlots(read)
	if len(refs) > maxFuncTargets && f.e.Program != nil {
		// Past the bound over the program, the call keeps the targets in
		// sight: the command never sees less than go vet.
		refs, _ = f.e.expandSlots(found, false)
	}
	if len(refs) > maxFuncTargets {
		s.targetsCut = true
	}
	if len(refs) == 0 || len(refs) > maxFuncTargets {
		return nil
	}
	var out []*callSite
	for _, ref := range refs {
		t := &callSite{instr: s.instr, args: s.args, value: s.value, result: s.result, mark: noMark, forwards: s.forwards}
		switch {
		case ref.lit != nil && f.inFamily(ref.lit):
			t.anon = ref.lit
		case ref.lit != nil:
			t.sum, t.free = f.e.literalSummary(ref.lit), ref.free
		case ref.sum != nil:
			t.sum, t.sumName, t.free = ref.sum, ref.name, ref.free
			if ref.bound {
				// Its receiver, bound out of sight, is its first parameter.
				t.args = append([]ssa.Value{unknownReceiver}, s.args...)
			}
		case ref.fn != nil:
			t.fn = ref.fn
			t.sfn = f.e.funcsByObj[ref.fn]
			if ref.bound {
				recv := ref.recv
				if recv == nil {
					recv = unknownReceiver
				}
				t.args = append([]ssa.Value{recv}, s.args...)
			}
			known := f.e.calleeOf(ref.fn)
			t.mark, t.entry, t.byDefault = known.mark, known.entry, known.byDefault
		default:
			continue
		}
		out = append(out, t)
	}
	return out
}

// unknownReceiver stands for a receiver bound out of sight: a value that
// carries nothing.
var unknownReceiver = ssa.NewConst(nil, types.NewPointer(types.NewStruct(nil, nil)))

// literalSummary summarises a function literal on its own, for a call
// that reaches it through a function value outside the function that
// encloses it: what its parameters reach and what it returns. What it
// captured is out of sight there, and the flows it finds on its own
// data are its enclosing function's, judged there: so they are dropped.
func (e *Engine) literalSummary(lit *ssa.Function) *Summary {
	if s, ok := e.summaries[lit]; ok {
		return s
	}
	// A literal summarised on its own is outside the call cycles that
	// summaryOf settles (cycles.go): a call back into it while it is
	// under way sees nothing.
	if e.literalsUnderWay[lit] || len(lit.Blocks) == 0 {
		return &Summary{}
	}
	e.literalsUnderWay[lit] = true
	fam := newFamily(e, lit)
	fam.detached = true
	fam.sum = &Summary{}
	fam.findOwn()
	fam.solve()
	fam.collect()
	fam.buildSummary()
	fam.findRoles() // a query closure that checks guards its caller
	e.summaries[lit] = fam.sum
	delete(e.literalsUnderWay, lit)
	fam.release()
	return fam.sum
}
