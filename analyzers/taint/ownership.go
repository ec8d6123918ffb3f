package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// An unexported function judged at each of its calls reports data it
// obtains itself (from a source, from a call returning identifiable
// data, decoded from what it reads) inside it, where the data is sunk or
// passed on, and data that comes in through its parameters or receiver
// at each call (contract §3, "Unexported functions"). The labels a
// parameter's own type and fields give are concrete like any other, so
// the family notes their origins, and a flow whose data has one of them
// is parameter data.

// maxDerivation bounds the walk from a value back to the parameter it
// is read from: field, element and pointer chains in real code are a
// few steps deep, and phis of phis would otherwise be walked again at
// every merge.
const maxDerivation = 16

// fromParams reports whether v is read from the root's parameters: a
// parameter itself, or a field, element, dereference, conversion or
// merge of such values.
func (f *family) fromParams(v ssa.Value) bool {
	return f.fromParamsDepth(v, 0)
}

func (f *family) fromParamsDepth(v ssa.Value, depth int) bool {
	if depth > maxDerivation {
		return false
	}
	d := depth + 1
	switch x := v.(type) {
	case *ssa.Parameter:
		return x.Parent() == f.root
	case *ssa.FreeVar:
		for _, b := range f.bindings[x] {
			if f.fromParamsDepth(b, d) {
				return true
			}
		}
	case *ssa.FieldAddr:
		return f.fromParamsDepth(x.X, d)
	case *ssa.Field:
		return f.fromParamsDepth(x.X, d)
	case *ssa.IndexAddr:
		return f.fromParamsDepth(x.X, d)
	case *ssa.Index:
		return f.fromParamsDepth(x.X, d)
	case *ssa.Lookup:
		return f.fromParamsDepth(x.X, d)
	case *ssa.Slice:
		return f.fromParamsDepth(x.X, d)
	case *ssa.UnOp:
		return x.Op == token.MUL && f.fromParamsDepth(x.X, d)
	case *ssa.ChangeType:
		return f.fromParamsDepth(x.X, d)
	case *ssa.Convert:
		return f.fromParamsDepth(x.X, d)
	case *ssa.MakeInterface:
		return f.fromParamsDepth(x.X, d)
	case *ssa.ChangeInterface:
		return f.fromParamsDepth(x.X, d)
	case *ssa.TypeAssert:
		return f.fromParamsDepth(x.X, d)
	case *ssa.Extract:
		if n, ok := x.Tuple.(*ssa.Next); ok {
			return f.fromParamsDepth(n.Iter.(*ssa.Range).X, d)
		}
		if ta, ok := x.Tuple.(*ssa.TypeAssert); ok {
			return f.fromParamsDepth(ta.X, d)
		}
		if lk, ok := x.Tuple.(*ssa.Lookup); ok {
			return f.fromParamsDepth(lk.X, d)
		}
	case *ssa.Alloc:
		// A parameter whose address is taken lives in a local the
		// function stores it into on entry.
		for _, r := range *x.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == x && f.fromParamsDepth(st.Val, d) {
				return true
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if e != x && f.fromParamsDepth(e, d) {
				return true
			}
		}
	}
	return false
}

// noteReadFrom records data read from v, for classOwnData: the labels
// a value's type or field gives it (read from the value itself), or a
// source method's result (read from its receiver).
func (f *family) noteReadFrom(v ssa.Value, data Set) {
	if len(data) == 0 {
		return
	}
	if f.readFrom == nil {
		f.readFrom = map[ssa.Value]Set{}
	}
	f.readFrom[v], _ = f.readFrom[v].Union(data)
}

// maxOwnershipPasses bounds classOwnData's passes: each pass can only
// add the data read from values that hold data a previous pass found to
// be the parameters'; chains of such reads in one function are short,
// and a longer chain is cut as the function's own data.
const maxOwnershipPasses = 4

// classOwnData notes, once the state is solved, which of the data read
// in the family is read from the root's parameters: read from a value
// that is a parameter or derived from one by field, element or pointer
// steps, or that holds a parameter's data (a helper's result that hands
// back a parameter's elements).
func (f *family) classOwnData() {
	if !f.e.inlinable[f.root] {
		return
	}
	for range maxOwnershipPasses {
		// Decided for the whole pass before any is noted, so that the
		// answer does not depend on the map's order.
		var found []Set
		for from, data := range f.readFrom {
			base := from
			switch x := base.(type) {
			case *ssa.FieldAddr:
				base = x.X
			case *ssa.Field:
				base = x.X
			}
			if !f.holdsParamData(data) && (f.fromParams(base) || f.holdsParamData(f.taintOf(base).Data)) {
				found = append(found, data)
			}
		}
		if len(found) == 0 {
			return
		}
		for _, data := range found {
			f.noteParamData(data)
		}
	}
}

// noteParamData records the origins of data read from the parameters of
// a function judged at its calls.
func (f *family) noteParamData(data Set) {
	for _, l := range data {
		if l.Origin == nil || !l.Concrete() {
			continue
		}
		if f.paramOrigins == nil {
			f.paramOrigins = map[Step]bool{}
		}
		f.paramOrigins[*l.Origin] = true
	}
}

// holdsParamData reports whether data holds a parameter's data: a
// parameter's symbolic label, or a concrete label read from the
// parameters (see classOwnData).
func (f *family) holdsParamData(data Set) bool {
	for _, l := range data {
		if !l.Concrete() || l.Origin != nil && f.paramOrigins[*l.Origin] {
			return true
		}
	}
	return false
}

// splitOwnData splits concrete data into the function's own and what it
// read from its parameters (see classOwnData).
func (f *family) splitOwnData(conc Set) (own, params Set) {
	own = conc.filter(func(l Label) bool { return !f.holdsParamData(Set{l}) })
	if len(own) == len(conc) {
		return own, nil
	}
	return own, conc.filter(func(l Label) bool { return f.holdsParamData(Set{l}) })
}

// argsFromParams reports whether a call passes on, in an argument that
// carries concrete data, the root's parameters' data: a callee's flow of
// its own parameters' data is then parameter data here too.
func (f *family) argsFromParams(s *callSite) bool {
	for _, a := range s.args {
		data := f.taintOf(a).Data
		if len(data.Concrete()) > 0 && (f.fromParams(a) || f.holdsParamData(data)) {
			return true
		}
	}
	return false
}
