package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// readOnlyHandle reports whether the call returns a handle onto what
// argument j points to (the catalog's Handles: reflect.ValueOf) through
// which the code only reads: every use of the handle, and of the
// handles read calls make from it, is a call the catalog names a
// HandleRead. The call then writes into the argument no more than a
// Keep does. Any other use (a Set, a store, a call of the code's own)
// may write through it.
func (f *family) readOnlyHandle(s *callSite, j int) bool {
	h := s.entry.Handle
	if h == nil || !h.Has(j) || s.value == nil {
		return false
	}
	handle := s.value.Type()
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{s.value}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[v] {
			continue
		}
		seen[v] = true
		for _, r := range *v.Referrers() {
			switch x := r.(type) {
			case *ssa.DebugRef:
			case *ssa.Phi:
				work = append(work, x)
			case *ssa.Call:
				if !f.site(x).entry.HandleRead {
					return false
				}
				if types.Identical(x.Type(), handle) {
					work = append(work, x) // a handle onto the same memory (Field, Elem)
				}
			default:
				return false
			}
		}
	}
	return true
}
