package taint

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
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
			for _, o := range sum.Outs {
				if o.Index == i && !ownDataOf(o.Taint, i) {
					return false
				}
			}
			for _, l := range sum.ParamLinks {
				if l.From == i || l.Into == i {
					return false
				}
			}
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
		if sum == nil || sum.Fills&1 != 0 {
			return false
		}
		for _, o := range sum.Outs {
			if o.Index == 0 && !ownDataOf(o.Taint, 0) {
				return false
			}
		}
		for _, l := range sum.ParamLinks {
			if l.From == 0 || l.Into == 0 {
				return false
			}
		}
	}
	return true
}

// resultRootParam is the caller's parameter result i of a static call is
// read from, when the callee's summary says that result holds only what
// one of its parameters refers to (rootedIn): the argument passed there
// decides. -1 otherwise, and for a source's result, identifiable data
// of its own whatever its body shows.
func (f *family) resultRootParam(call *ssa.Call, i, depth int) int {
	c := call.Common()
	callee := c.StaticCallee()
	if callee == nil || c.IsInvoke() {
		return -1
	}
	if s := f.site(call); s.isSource() || s.mark.Sanitize {
		return -1
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return -1
	}
	sum := f.e.summaryOfFunc(obj)
	if sum == nil {
		return -1
	}
	j := sum.rootedIn(i)
	if j < 0 || j >= len(c.Args) {
		return -1
	}
	return f.rootParamOf(c.Args[j], depth)
}

// rootedIn is the parameter result i holds only what it refers to: every
// label the summary gives the result, and its fields, is that
// parameter's data or read from what it refers to (Label.OwnIf), and what
// it points into is that parameter's memory (sortBundleEntries' sorted
// pointers into the bundle it was passed). -1 otherwise, also when the
// result holds nothing the summary shows.
func (s *Summary) rootedIn(i int) int {
	if i >= len(s.Results) {
		return -1
	}
	param := -1
	one := func(j int) bool {
		if j < 0 || param >= 0 && j != param {
			return false
		}
		param = j
		return true
	}
	same := func(t Taint) bool {
		if t.Dest.Kinds != 0 {
			return false
		}
		// Pointing into what a parameter refers to (Dest.Params: what
		// that parameter writes to) is being read from it.
		for j := range 64 {
			if t.Dest.Params&(1<<j) != 0 && !one(j) {
				return false
			}
		}
		for _, l := range t.Data {
			j := int(l.OwnIf) - 1
			if l.Param > 0 {
				j = l.Param - 1
			}
			if !one(j) {
				return false
			}
		}
		return true
	}
	if !same(s.Results[i]) {
		return -1
	}
	for _, rf := range s.ResultFields {
		if rf.Index == i && !same(rf.Taint) {
			return -1
		}
	}
	return param
}

// rootedOwn says which results of the call hold only what an argument
// holding only the request refers to (Summary.rootedIn): a helper's view
// of the request it was passed (the bundle it decodes from the
// resource's bytes) is the caller's own.
func (f *family) rootedOwn(s *callSite, sums []*Summary) uint64 {
	var bits uint64
	for i := 0; i < s.result.Len() && i < 64; i++ {
		if isError(s.result.At(i).Type()) {
			continue
		}
		j := -1
		for _, sum := range sums {
			pj := sum.rootedIn(i)
			if pj < 0 || j >= 0 && pj != j {
				j = -1
				break
			}
			j = pj
		}
		if j >= 0 && j < len(s.args) && f.ownVal(s.args[j]) {
			bits |= 1 << i
		}
	}
	return bits
}

// decodedFrom is the parameter a call's catalog rows fill v, one of its
// arguments, from: the call is known only by rows that carry data (a
// decoder: json.Unmarshal(r.raw, b)), at least one writes into v, and
// every one that does reads only what one parameter refers to. -1
// otherwise.
func (f *family) decodedFrom(call ssa.CallInstruction, v ssa.Value, depth int) int {
	s := f.site(call)
	e := s.entry
	if s.anon != nil || len(e.Propagators) == 0 || e.Sink != nil || e.URLs != nil || e.Writer != nil ||
		e.Wrapper != nil || e.Destination != vocab.KindNone || e.NoReturn {
		return -1
	}
	idx := slices.Index(s.args, v)
	if idx < 0 {
		return -1
	}
	param := -1
	for _, p := range e.Propagators {
		if p.Into == catalog.Results || int(p.Into) != idx {
			continue
		}
		for i, a := range s.args {
			if i == idx || !p.From.Has(i) || isConst(a) {
				continue
			}
			if f.writtenUntracked(a) {
				return -1
			}
			j := f.rootParamOf(a, depth)
			if j < 0 || param >= 0 && j != param {
				return -1
			}
			param = j
		}
	}
	return param
}

// writtenUntracked reports whether what v refers to may hold data no
// label carries (an I/O read into a parameter's buffer): reading it is
// then not reading what the parameter was given.
func (f *family) writtenUntracked(v ssa.Value) bool {
	st := f.ownSt
	if st == nil {
		return false
	}
	for _, l := range f.locs(v) {
		if st.invalid[l.root] {
			return true
		}
	}
	return false
}
