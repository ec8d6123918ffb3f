package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Contract §3: data a handler decodes from the request it is serving is
// the caller's own, and answering it to that request discloses nothing.
// A callee that reads a record the handler passed it (a store's Put
// wrapping the resource into its error, a builder caching its encoding in
// the record) cannot know whose record it reads: its type makes the data
// identifiable there, but whether it is the caller's own is for each call
// to say. So a label a function makes by reading what a parameter refers
// to (a marked field, a source method of a record, the record itself)
// carries that parameter (Label.OwnIf), and each call resolves it with
// the argument it passes: the caller's own request makes the data own;
// a parameter of the caller passes the question on to its callers.

// setOwnership marks a label read from what base refers to: own when
// base holds only the request being served, else with the parameter it
// is read from.
func (f *family) setOwnership(l *Label, base ssa.Value) {
	l.Own = f.ownVal(base)
	if !l.Own {
		l.OwnIf = f.ownIfOf(base)
	}
}

// ownIfOf is the OwnIf a label read from what base refers to carries: the
// index + 1 of the root's parameter base is read from, or 0.
func (f *family) ownIfOf(base ssa.Value) uint8 {
	if i := f.rootParamOf(base, 0); i >= 0 && i < 255 {
		return uint8(i + 1)
	}
	return 0
}

// rootParamOf is the index of the root's parameter v is read from, by
// field, element and dereference steps, conversions and merges that all
// lead to the same parameter; -1 if there is none. Stricter than
// derivedFrom: a merge with anything else, or a call's result, is -1,
// since the data may then be another's, unless the callee's summary
// says it is only what one parameter refers to (resultRootParam).
func (f *family) rootParamOf(v ssa.Value, depth int) int {
	if depth > maxDerivation {
		return -1
	}
	d := depth + 1
	switch x := v.(type) {
	case *ssa.Parameter:
		if x.Parent() != f.root {
			return -1
		}
		for i, p := range f.root.Params {
			if p == x {
				return i
			}
		}
	case *ssa.FreeVar:
		return f.sameParam(f.bindings[x], d)
	case *ssa.FieldAddr, *ssa.Field, *ssa.IndexAddr, *ssa.Index, *ssa.Slice,
		*ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
		return f.rootParamOf(f.e.stepOperand(x), d)
	case *ssa.TypeAssert:
		return f.rootParamOf(x.X, d)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return f.rootParamOf(x.X, d)
		}
	case *ssa.Extract:
		if ta, ok := x.Tuple.(*ssa.TypeAssert); ok {
			return f.rootParamOf(ta.X, d)
		}
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return f.resultRootParam(c, x.Index, d)
		}
	case *ssa.Call:
		return f.resultRootParam(x, 0, d)
	case *ssa.Alloc:
		// A local one whole value is copied into (a type switch's
		// variable, a struct parameter spilled on entry) is read from
		// that value.
		if v := onlyStored(x); v != nil {
			return f.rootParamOf(v, d)
		}
		return f.filledFrom(x, d)
	case *ssa.MakeSlice:
		return f.sliceFilledFrom(x, d)
	case *ssa.Phi:
		edges := make([]ssa.Value, 0, len(x.Edges))
		for _, e := range x.Edges {
			if e != x {
				edges = append(edges, e)
			}
		}
		return f.sameParam(edges, d)
	}
	return -1
}

// filledFrom is the parameter a new record is filled from: a composite
// literal whose every field store of data stores what one parameter refers to
// (&Appointment{UserID: req.UserID, Notes: req.Notes}), and which nothing
// else writes into: no call it is passed to writes into it but a decoder
// given only that parameter's data (json.Unmarshal(r.raw, b): see
// decodedFrom), and it is stored nowhere (onlyStoredBy). Its data is then
// that parameter's, as a field read from the parameter would be: a
// mapping helper's record built from the request a handler passes it is
// the caller's own there. -1 otherwise.
func (f *family) filledFrom(a *ssa.Alloc, depth int) int {
	param := -1
	ok := onlyStoredOrReturned(a, func(st *ssa.Store) bool {
		if st.Addr == a {
			// A whole value stored: onlyStored's case, when it is the
			// one store; beside field stores, not a literal's filling.
			return false
		}
		if isConst(st.Val) || f.unmarkedFieldStore(st, a) {
			return true
		}
		i := f.rootParamOf(st.Val, depth)
		if i < 0 || param >= 0 && i != param {
			return false
		}
		param = i
		return true
	}, func(call ssa.CallInstruction, arg ssa.Value) bool {
		if f.onlyReads(call, arg) {
			return true
		}
		i := f.decodedFrom(call, arg, depth)
		if i < 0 || param >= 0 && i != param {
			return false
		}
		param = i
		return true
	}, true)
	if !ok {
		return -1
	}
	return param
}

// onlyReads reports whether call writes nothing into what v, one of its
// arguments, refers to: beyond passedUnfilled (nothing untracked), no
// callee writes data into that parameter (Outs) or links it anywhere,
// and the catalog does not describe the call (it is not known to only
// read).
func (f *family) onlyReads(call ssa.CallInstruction, v ssa.Value) bool {
	if !f.passedUnfilled(call, v) {
		return false
	}
	s := f.site(call)
	if s.anon != nil || !s.entry.Empty() {
		return false
	}
	sums := f.calleeSummaries(s)
	for i, arg := range s.args {
		if arg != v {
			continue
		}
		for _, sum := range sums {
			for _, o := range sum.Outs {
				if o.Index == i {
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

// unmarkedFieldStore reports whether st stores into a field of the
// literal a (directly, not nested) that is neither marked nor holds
// records (SlotPolicy{OfficeID: office, DOB: dob}'s OfficeID): what is
// read of a by its marks is not what was stored there, and that data
// keeps its own labels, so it does not decide which parameter a is
// filled from.
func (f *family) unmarkedFieldStore(st *ssa.Store, a *ssa.Alloc) bool {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	return ok && fa.X == a && !identifiableField(f.e, a.Type(), fa.Field)
}

// sameParam is the parameter every one of vs is read from, or -1.
func (f *family) sameParam(vs []ssa.Value, depth int) int {
	param := -1
	for _, v := range vs {
		i := f.rootParamOf(v, depth)
		if i < 0 || param >= 0 && i != param {
			return -1
		}
		param = i
	}
	return param
}

// resolveOwnIf instantiates the OwnIf of a callee's concrete labels at a
// call: own where the argument is the request being served, read from
// the caller's parameter where the argument is, plain data otherwise.
func (f *family) resolveOwnIf(s *callSite, data Set) Set {
	return f.resolveOwnIfArgs(s.args, data)
}

// resolveOwnIfArgs is resolveOwnIf for a call passing args.
func (f *family) resolveOwnIfArgs(args []ssa.Value, data Set) Set {
	if !data.anyOwnIf() {
		return data
	}
	out := make(Set, 0, len(data))
	for _, l := range data {
		if l.OwnIf > 0 {
			var arg ssa.Value
			if i := int(l.OwnIf) - 1; i < len(args) {
				arg = args[i]
			}
			if arg != nil && (cannotHold(arg, l) || f.readFromEmpty(arg, l)) {
				continue // see dyntype.go, and readFromEmpty
			}
			l.OwnIf = 0
			switch {
			case arg == nil:
			case f.ownVal(arg) && !f.holdsOthersData(arg):
				l.Own = true
			default:
				l.OwnIf = f.ownIfOf(arg)
			}
		}
		out = out.Add(l)
	}
	return out
}

// readFromEmpty reports whether l, a field or record a callee read from
// what the argument arg refers to, was read from memory that holds
// nothing: an empty literal, or a model an ORM query returned without
// loading anything identifiable into it, and the fields of those (an
// association no query preloaded, handed to a converter). Contract §3:
// a record holds identifiable data only in what the code can have put
// there. A source function's result (p.JsonBytes()) is identifiable as
// declared, whatever it was called on, and is kept.
func (f *family) readFromEmpty(arg ssa.Value, l Label) bool {
	if _, ok := labelOwner(l); !ok {
		return false
	}
	if isConst(arg) {
		return true // a zero Patient{} or a nil *Patient holds nothing (typedLabel)
	}
	if ld, ok := arg.(*ssa.UnOp); ok && ld.Op == token.MUL {
		// A value loaded from such memory: a slice or map field (its
		// elements live elsewhere) was given nothing there either.
		return f.empty(ld.X)
	}
	return f.empty(arg)
}

// anyOwnIf reports whether a label of s has an OwnIf.
func (s Set) anyOwnIf() bool {
	for _, l := range s {
		if l.OwnIf > 0 {
			return true
		}
	}
	return false
}

// onlyStored returns the value of a's one store of a whole value, or nil.
func onlyStored(a *ssa.Alloc) ssa.Value {
	if storesInto(a) != 1 {
		return nil
	}
	for _, r := range *a.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a {
			return st.Val
		}
	}
	return nil
}

// holdsOthersData reports whether what arg refers to holds, in this
// function, identifiable data other than the caller's own: a callee
// stored a record it read elsewhere into the request's record (a phone
// number looked up for the username the caller sent). What a callee
// reads of the argument may then be that data, whatever field it names,
// so it is not the caller's own.
func (f *family) holdsOthersData(arg ssa.Value) bool {
	for _, l := range f.argAt(arg, "").Data {
		if l.Concrete() && !l.Own && l.OwnIf == 0 && !l.Sanitized {
			return true
		}
	}
	return false
}
