package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A function taking an interface (a store's Put(resource any)) may
// assert it back to the pointer it boxes and write through that: the
// memory model follows the asserted pointer as new memory, so the write
// is in no Out of the parameter. Its summary says it Fills the
// parameter instead, unless every asserted pointer is only read, so that
// a caller's record handed to it boxed is withdrawn as it would be
// handed to a callee with no summary (withdraw.go), and is taken as
// only read otherwise (ownliteral.go, onlyStoredBy).

// assertFills says which of the root's interface parameters the family
// may write through once asserted back to a reference.
func (f *family) assertFills() uint64 {
	var fills uint64
	for i, p := range f.root.Params {
		if i < 64 && types.IsInterface(p.Type()) && assertedWritten(p, 0) {
			fills |= 1 << i
		}
	}
	return fills
}

// assertedWritten reports whether v, an interface, is asserted to a
// reference that may be written through (assertedUse).
func assertedWritten(v ssa.Value, depth int) bool {
	if depth > maxDerivation {
		return true
	}
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case *ssa.TypeAssert:
			if !isReference(x.AssertedType) {
				continue // a value copied out: writing it writes the copy
			}
			if !x.CommaOk {
				if !onlyReadThrough(x, depth+1) {
					return true
				}
				continue
			}
			for _, rr := range *x.Referrers() {
				if ex, ok := rr.(*ssa.Extract); ok && ex.Index == 0 && !onlyReadThrough(ex, depth+1) {
					return true
				}
			}
		case *ssa.ChangeInterface:
			if assertedWritten(x, depth+1) {
				return true
			}
		}
	}
	return false
}

// onlyReadThrough reports whether what v refers to is only read: v's
// fields and elements loaded, compared, never stored into nor passed on
// (a callee, a store or a return could write it or let it be written).
func onlyReadThrough(v ssa.Value, depth int) bool {
	if depth > maxDerivation {
		return false
	}
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case *ssa.FieldAddr, *ssa.IndexAddr:
			if !onlyReadThrough(x.(ssa.Value), depth+1) {
				return false
			}
		case *ssa.UnOp:
			if x.Op != token.MUL || isReference(x.Type()) && !onlyReadThrough(x, depth+1) {
				return false // a pointer loaded from it: what that refers to too
			}
		case *ssa.Field, *ssa.Index:
		case *ssa.BinOp, *ssa.If, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}
