package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// sliceFilledFrom is the parameter a new slice is filled from: a make
// whose every element store stores what one parameter refers to
// (entries[i] = &bundle.Entry[i]), and whose elements nothing else
// writes: it is only indexed, returned, converted to a named slice type
// or boxed for calls that only read it or only rearrange its elements
// (sort.Sort), and passed to len and cap. Reading through its elements
// then reads that parameter, as filledFrom says of a literal; -1
// otherwise.
func (f *family) sliceFilledFrom(ms *ssa.MakeSlice, depth int) int {
	param := -1
	stored := func(v ssa.Value) bool {
		if isConst(v) {
			return true
		}
		i := f.rootParamOf(v, depth)
		if i < 0 || param >= 0 && i != param {
			return false
		}
		param = i
		return true
	}
	if !f.sliceOnlyFilledBy(ms, stored) {
		return -1
	}
	return param
}

// sliceOnlyFilledBy reports whether every element store into the slice v
// stores a value ok accepts, and v goes nowhere its elements could be
// written otherwise (see sliceFilledFrom).
func (f *family) sliceOnlyFilledBy(v ssa.Value, ok func(ssa.Value) bool) bool {
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case *ssa.IndexAddr:
			if !onlyStoredAt(x, func(st *ssa.Store) bool { return ok(st.Val) }) {
				return false
			}
		case *ssa.ChangeType:
			// A named slice type (byRequestMethod(entries)) shares
			// the elements.
			if !f.sliceOnlyFilledBy(x, ok) {
				return false
			}
		case *ssa.MakeInterface:
			if !boxedOnlyPassed(x, f.readsOrRearranges) {
				return false
			}
		case ssa.CallInstruction:
			if b, isBuiltin := x.Common().Value.(*ssa.Builtin); isBuiltin {
				if n := b.Name(); n != "len" && n != "cap" {
					return false
				}
				continue
			}
			if !f.readsOrRearranges(x, v) {
				return false
			}
		case *ssa.Return, *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// readsOrRearranges reports whether call writes nothing into what v, one
// of its arguments, refers to but what it read from there: onlyReads, or
// every callee's writes into that parameter are of its own data (a
// sort's swaps).
func (f *family) readsOrRearranges(call ssa.CallInstruction, v ssa.Value) bool {
	if f.onlyReads(call, v) {
		return true
	}
	s := f.site(call)
	if s.anon != nil || !s.entry.Empty() {
		return false
	}
	if s.byDefault {
		return f.stdRearranges(s, v)
	}
	if !f.passedUnfilled(call, v) {
		return false
	}
	sums := f.calleeSummaries(s)
	if len(sums) == 0 {
		return f.stdRearranges(s, v)
	}
	for i, arg := range s.args {
		if arg != v {
			continue
		}
		for _, sum := range sums {
			if !sum.rearrangesOnly(i) {
				return false
			}
		}
	}
	return true
}

// rearrangesOnly reports whether the function writes into parameter i's
// memory only what it read from there (a sort's swaps), and links
// nothing into it or it into anything.
func (s *Summary) rearrangesOnly(i int) bool {
	for _, o := range s.Outs {
		if o.Index == i && !ownDataOf(o.Taint, i) {
			return false
		}
	}
	for _, l := range s.ParamLinks {
		if l.From == i || l.Into == i {
			return false
		}
	}
	return true
}

// ownDataOf reports whether t, written into parameter i's memory, is
// only data read from that same parameter.
func ownDataOf(t Taint, i int) bool {
	if t.Dest != (Dest{}) {
		return false
	}
	for _, l := range t.Data {
		if int(l.OwnIf) != i+1 && l.Param != i+1 {
			return false
		}
	}
	return true
}

// stdRearranges reports whether a standard function with neither a row
// nor a summary writes into v, one of its arguments boxed in an
// interface, only what it read from there. Under the standard default it
// writes nothing into its arguments (carryByDefault) but through the
// methods of the values it is given (sort.Sort swapping elements through
// their type's Swap), so each method of v's type must write into its
// receiver only its receiver's own data; and no other argument is code
// it could call with the elements.
func (f *family) stdRearranges(s *callSite, v ssa.Value) bool {
	for _, a := range s.args {
		if a == v {
			continue
		}
		if _, isFunc := a.Type().Underlying().(*types.Signature); isFunc || types.IsInterface(a.Type()) {
			return false
		}
	}
	// Only a value boxed in an interface with methods (sort.Interface),
	// which the function reaches through those methods: a pointer or a
	// handle it is handed directly (a reflect.Value's SetString), or a
	// value boxed in any (reflect.ValueOf, a decoder's target), it may
	// write through.
	mi, ok := v.(*ssa.MakeInterface)
	if !ok || s.entry.Handle != nil {
		return false
	}
	if iface, ok := mi.Type().Underlying().(*types.Interface); !ok || iface.NumMethods() == 0 {
		return false
	}
	t := mi.X.Type()
	if types.IsInterface(t) {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok {
			return false
		}
		sum := f.e.summaryOfFunc(fn)
		if sum == nil || sum.Fills&1 != 0 || !sum.rearrangesOnly(0) {
			return false
		}
	}
	return true
}
