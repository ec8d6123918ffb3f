package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// A value read from a local list of constants (a loop trying several
// date layouts, `for _, layout := range []string{...}`) is a constant
// too: it carries no data, whatever it is passed with. The list must be
// a literal of the function whose elements are only ever given
// constants and only read: indexed, sliced, ranged over, measured.

// constData reports whether v is a constant or an element read from
// such a list.
func constData(v ssa.Value) bool {
	if isConst(v) {
		return true
	}
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	elem, ok := load.X.(*ssa.IndexAddr)
	if !ok {
		return false
	}
	base := elem.X
	if s, ok := base.(*ssa.Slice); ok {
		base = s.X
	}
	alloc, ok := base.(*ssa.Alloc)
	return ok && constList(alloc)
}

// constList reports whether every store into the array or slice v stores
// a constant into an element, and it is otherwise only indexed, sliced
// and measured.
func constList(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		switch x := r.(type) {
		case *ssa.IndexAddr:
			if !onlyConstStores(x) {
				return false
			}
		case *ssa.Slice:
			if !constList(x) {
				return false
			}
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" && b.Name() != "cap" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// onlyConstStores reports whether the element address addr is only
// loaded from, or given constants.
func onlyConstStores(addr *ssa.IndexAddr) bool {
	if addr.Referrers() == nil {
		return false
	}
	for _, r := range *addr.Referrers() {
		switch x := r.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if x.Addr != addr || !isConst(x.Val) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
