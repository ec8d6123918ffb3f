package taint

import (
	"iter"

	"golang.org/x/tools/go/ssa"
)

// storedElements yields the values stored into the elements of arr (an
// array or slice the function fills: an append's backing array, a
// literal, a variadic call's arguments), by the index addresses taken of
// arr itself.
func storedElements(arr ssa.Value) iter.Seq[ssa.Value] {
	return func(yield func(ssa.Value) bool) {
		refs := arr.Referrers()
		if refs == nil {
			return
		}
		for _, r := range *refs {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok || ia.X != arr {
				continue
			}
			for _, u := range *ia.Referrers() {
				if st, ok := u.(*ssa.Store); ok && st.Addr == ia && !yield(st.Val) {
					return
				}
			}
		}
	}
}
