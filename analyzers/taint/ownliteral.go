package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ownLiteral reports whether a, a local literal or variable, holds only
// the caller's own request: each store into it or its fields stores an
// own value or a constant, at least one an own value, and its address
// goes nowhere else than to its loads, its fields' stores and loads, and
// calls that write nothing untracked into it (no Fills).
func (f *family) ownLiteral(a *ssa.Alloc) bool {
	stored := false
	ok := onlyStoredBy(a, func(st *ssa.Store) bool {
		if isConst(st.Val) {
			return true
		}
		if !f.ownVal(st.Val) {
			return false
		}
		stored = true
		return true
	}, f.passedUnfilled)
	return ok && stored
}

// onlyStoredBy reports whether every store into a, a local literal or
// variable, whole or field by field, is one storeOK accepts, and a's
// address goes nowhere else than to its loads, its fields' stores and
// loads, and the calls callOK accepts of it as passed (arg: a, or a
// boxed into an interface, Store(resource any), which holds the same
// pointer).
func onlyStoredBy(a *ssa.Alloc, storeOK func(*ssa.Store) bool, callOK func(call ssa.CallInstruction, arg ssa.Value) bool) bool {
	return onlyStoredOrReturned(a, storeOK, callOK, false)
}

// onlyStoredOrReturned is onlyStoredBy, where a may also be returned
// when returned is set: what a caller then does with it is the caller's.
func onlyStoredOrReturned(a *ssa.Alloc, storeOK func(*ssa.Store) bool, callOK func(call ssa.CallInstruction, arg ssa.Value) bool, returned bool) bool {
	for _, r := range *a.Referrers() {
		switch x := r.(type) {
		case *ssa.FieldAddr:
			if !onlyStoredAt(x, storeOK) {
				return false
			}
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if x.Addr != a || !storeOK(x) {
				return false
			}
		case ssa.CallInstruction:
			if !callOK(x, a) {
				return false
			}
		case *ssa.MakeInterface:
			if !boxedOnlyPassed(x, callOK) {
				return false
			}
		case *ssa.Return:
			if !returned {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// boxedOnlyPassed reports whether the interface mi boxes a's address
// into goes only to calls callOK accepts of it: anywhere else (stored,
// returned, asserted back) the pointer could be written through.
func boxedOnlyPassed(mi *ssa.MakeInterface, callOK func(call ssa.CallInstruction, arg ssa.Value) bool) bool {
	for _, r := range *mi.Referrers() {
		switch x := r.(type) {
		case ssa.CallInstruction:
			if !callOK(x, mi) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// passedUnfilled reports whether call only reads what a points to: every
// callee it may reach is summarised and writes nothing untracked into
// the parameters a is passed as.
func (f *family) passedUnfilled(call ssa.CallInstruction, a ssa.Value) bool {
	c := call.Common()
	if _, ok := c.Value.(*ssa.Builtin); ok || c.Value == a {
		return false
	}
	s := f.site(call)
	sums := f.calleeSummaries(s)
	if len(sums) == 0 {
		return false
	}
	for i, arg := range s.args {
		if arg != a {
			continue
		}
		for _, sum := range sums {
			if i >= 64 || sum.Fills&(1<<i) != 0 {
				return false
			}
		}
	}
	return true
}

// freshFrom says which arguments fill result i of a call returning a new
// record of what it is passed, and whether only they do: its callees'
// summaries give that result, and its fields, parameters' data alone.
// marked are those of them that fill it where a store into a literal
// would (identifiablePath): the result whole, or a marked field.
func (f *family) freshFrom(c *ssa.Call, i int) (from, marked uint64, only bool) {
	s := f.site(c)
	only = true
	note := func(data Set, whole, identifiable bool) {
		for _, l := range data {
			switch {
			case whole && l.Concrete() && l.Record:
				// the result's own record label: what fills it decides
			case l.Concrete() && l.OwnIf > 0 && l.OwnIf <= 64:
				// read from what a parameter refers to (Label.OwnIf):
				// that argument decides, as for the parameter's data
				from |= 1 << (l.OwnIf - 1)
				if identifiable {
					marked |= 1 << (l.OwnIf - 1)
				}
			case l.Concrete():
				only = false
			case l.Param-1 < 64:
				from |= 1 << (l.Param - 1)
				if identifiable {
					marked |= 1 << (l.Param - 1)
				}
			default:
				only = false
			}
		}
	}
	t := c.Type()
	if i < s.result.Len() {
		t = s.result.At(i).Type()
	}
	for _, sum := range f.calleeSummaries(s) {
		if i < len(sum.Results) {
			note(sum.Results[i].Data, true, true)
		}
		for _, rf := range sum.ResultFields {
			if rf.Index == i {
				// a record stored in a field is data
				note(rf.Taint.Data, false, f.e.identifiablePath(t, rf.Path))
			}
		}
	}
	return from, marked, only
}

// inSet says, of an argument's index, whether it is in the bit set from.
func inSet(from uint64) func(int) bool {
	return func(i int) bool { return i < 64 && from&(1<<i) != 0 }
}

// onlyStoredAt reports whether addr, the address of a field or an
// element, is only stored to by stores storeOK accepts and loaded from:
// it goes nowhere else.
func onlyStoredAt(addr ssa.Value, storeOK func(*ssa.Store) bool) bool {
	for _, r := range *addr.Referrers() {
		switch y := r.(type) {
		case *ssa.Store:
			if y.Addr != addr || !storeOK(y) {
				return false
			}
		case *ssa.UnOp:
			if y.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}
