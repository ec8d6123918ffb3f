package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Contract §3, data echoed to its own caller, through an accessor: a
// function that only hands back what it reads, by field, element and
// pointer steps, from its parameters (func (r *T) Raw() []byte { return
// r.raw }, declared a source or not) returns its argument's bytes. Called
// on the request's own record, its result is the caller's own too,
// whatever labels name it (the source's, the field's). So does one that
// only transforms what it reads through calls the catalog knows to
// compute their results from their arguments alone (func norm(s string)
// string { return strings.TrimSpace(s) }). A function that stores, calls
// anything else or sends is not an accessor: what it returns may be read
// from elsewhere (a store keyed by the record's id).

// notAccessor marks, in the accessor cache, a result that is not an
// accessor's.
const notAccessor = ^uint64(0)

// ownAccessorResults says which results of the call are an accessor's
// whose arguments read are all own here.
func (f *family) ownAccessorResults(s *callSite) uint64 {
	if f.ownSt == nil || f.ownSt.own == nil || s.anon != nil {
		return 0
	}
	var bits uint64
	for i, from := range f.accessorsOf(s) {
		if from == notAccessor || from == 0 {
			continue
		}
		own := true
		for j, a := range s.args {
			if j < 64 && from&(1<<j) != 0 && !f.ownVal(a) {
				own = false
				break
			}
		}
		if own {
			bits |= 1 << i
		}
	}
	return bits
}

// accessorsOf tells, per result of the call's callee, which parameters
// an accessor reads it from, or notAccessor: from its body when this
// package has it, otherwise from its summary (a converter in another
// package).
func (f *family) accessorsOf(s *callSite) []uint64 {
	if s.sfn != nil && len(s.sfn.Blocks) > 0 {
		if len(s.sfn.Params) != len(s.args) {
			return nil
		}
		return f.accessorParams(s.sfn)
	}
	if s.fn == nil || s.instr.Common().IsInvoke() {
		return nil
	}
	sum := f.e.summaryOfFunc(s.fn)
	if sum == nil || len(sum.Accessors) == 0 {
		return nil
	}
	from := make([]uint64, s.result.Len())
	for i := range from {
		from[i] = notAccessor
	}
	for _, a := range sum.Accessors {
		if a.Result < len(from) {
			from[a.Result] = a.From
		}
	}
	return from
}

// accessorParams tells, per result of fn, which parameters an accessor
// reads it from, or notAccessor; worked out once per function.
func (f *family) accessorParams(fn *ssa.Function) []uint64 {
	if from, ok := f.accessors[fn]; ok {
		return from
	}
	if f.accessors == nil {
		f.accessors = map[*ssa.Function][]uint64{}
	}
	f.accessors[fn] = nil
	res := fn.Signature.Results()
	if len(fn.Blocks) == 0 || len(fn.FreeVars) > 0 || len(fn.Params) > 64 || res.Len() == 0 || res.Len() > 64 {
		return nil
	}
	from := make([]uint64, res.Len())
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Call:
				if _, _, ok := f.transformFrom(x); !ok {
					return nil // not only reads: see above
				}
			case *ssa.Store:
				if !isVarargsStore(x) && literalOf(x.Addr) == nil {
					return nil // not only reads: see above
				}
			case *ssa.MapUpdate, *ssa.Send, ssa.CallInstruction:
				return nil // not only reads: see above
			case *ssa.Return:
				for i, v := range x.Results {
					if from[i] == notAccessor {
						continue
					}
					p, ok := f.readFromParams(fn, v, 0)
					if !ok {
						from[i] = notAccessor
						continue
					}
					from[i] |= p
				}
			}
		}
	}
	f.accessors[fn] = from
	return from
}

// readFromParams returns the parameters of fn that v is read from by
// field, element and pointer steps only, conversions, merges and
// transforms (see transformFrom) included; false if v holds anything
// else.
func (f *family) readFromParams(fn *ssa.Function, v ssa.Value, depth int) (uint64, bool) {
	if depth > maxDerivation {
		return 0, false
	}
	d := depth + 1
	switch x := v.(type) {
	case *ssa.Parameter:
		for j, p := range fn.Params {
			if p == x {
				return 1 << j, true
			}
		}
	case *ssa.Const:
		return 0, x.Value == nil
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return f.readFromParams(fn, x.X, d)
		}
	case *ssa.FieldAddr, *ssa.Field, *ssa.IndexAddr, *ssa.Index, *ssa.Slice,
		*ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
		return f.readFromParams(fn, f.e.stepOperand(x), d)
	case *ssa.Phi:
		return f.readFromParamsEach(fn, x.Edges, func(_ int, e ssa.Value) bool { return e == x }, d)
	case *ssa.Extract:
		return f.readFromParams(fn, x.Tuple, d)
	case *ssa.Call:
		from, renders, ok := f.transformFrom(x)
		if !ok {
			return 0, false
		}
		for i, a := range x.Call.Args {
			if renders && from(i) && !rendersPlainly(a) {
				return 0, false
			}
		}
		return f.readFromParamsEach(fn, x.Call.Args, func(i int, a ssa.Value) bool { return !from(i) || isConst(a) }, d)
	case *ssa.Alloc:
		// The array of a variadic call's arguments: what is stored in it.
		if !isVarargs(x) {
			// A literal the function builds (a response DTO): what is
			// stored into it. Nothing else can write into it: the
			// function calls only transforms, which do not.
			return f.readFromParamsEach(fn, storedInLiteral(fn, x), func(int, ssa.Value) bool { return false }, d)
		}
		var all uint64
		for val := range storedElements(x) {
			p, ok := f.readFromParams(fn, val, d)
			if !ok {
				return 0, false
			}
			all |= p
		}
		return all, true
	}
	return 0, false
}

// literalOf returns the local allocation (a composite literal or
// variable, not a variadic call's arguments) that addr is a field or
// element address of, through nested fields, or nil.
func literalOf(addr ssa.Value) *ssa.Alloc {
	for range maxDerivation {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.Alloc:
			if isVarargs(a) {
				return nil
			}
			return a
		default:
			return nil
		}
	}
	return nil
}

// storedInLiteral lists the values fn stores into the literal lit, its
// fields and elements.
func storedInLiteral(fn *ssa.Function, lit *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok && literalOf(st.Addr) == lit {
				out = append(out, st.Val)
			}
		}
	}
	return out
}

// isVarargsStore reports whether st stores an element of the array a
// variadic call's arguments are gathered in, a write only that call
// sees.
func isVarargsStore(st *ssa.Store) bool {
	ia, ok := st.Addr.(*ssa.IndexAddr)
	if !ok {
		return false
	}
	a, ok := ia.X.(*ssa.Alloc)
	return ok && isVarargs(a)
}

// isVarargs reports whether a is the array the SSA builder makes for a
// variadic call's arguments: only its elements are stored, once each,
// and only the call reads it, through a slice.
func isVarargs(a *ssa.Alloc) bool { return a.Comment == "varargs" }

// rendersPlainly reports whether printing v (a formatting call's
// argument, or the arguments gathered for its variadic parameter) calls
// no method: every value is a constant or has a basic type without
// methods (a string, a number), so what is printed is the value itself,
// not what a String or Error method may read from anywhere. A struct is
// printed field by field, through its fields' methods, and a slice of
// values handed on (args...) holds whatever its callers put there.
func rendersPlainly(v ssa.Value) bool {
	if s, ok := v.(*ssa.Slice); ok {
		if a, ok := s.X.(*ssa.Alloc); ok && isVarargs(a) {
			for x := range storedElements(a) {
				if mi, ok := x.(*ssa.MakeInterface); ok {
					x = mi.X
				}
				if !printsItself(x) {
					return false
				}
			}
			return true
		}
	}
	return printsItself(v)
}

// printsItself reports whether v is a constant or of a basic type
// without methods.
func printsItself(v ssa.Value) bool {
	if isConst(v) {
		return true
	}
	t := v.Type()
	_, basic := t.Underlying().(*types.Basic)
	return basic && types.NewMethodSet(types.NewPointer(t)).Len() == 0
}

// readFromParamsEach joins readFromParams of the values vs but those
// skip passes over; false if any holds anything else.
func (f *family) readFromParamsEach(fn *ssa.Function, vs []ssa.Value, skip func(i int, v ssa.Value) bool, depth int) (uint64, bool) {
	var all uint64
	for i, v := range vs {
		if skip(i, v) {
			continue
		}
		p, ok := f.readFromParams(fn, v, depth)
		if !ok {
			return 0, false
		}
		all |= p
	}
	return all, true
}

// transformFrom reports whether the call only computes its results from
// its arguments, as the catalog says (strings.TrimSpace, strconv.Quote,
// fmt.Errorf), and which arguments those are: a static call whose callee
// is a transform (see calleeEntry.transformArgs).
func (f *family) transformFrom(call *ssa.Call) (from func(int) bool, renders, ok bool) {
	callee := call.Call.StaticCallee()
	if callee == nil {
		return nil, false, false
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return nil, false, false
	}
	return f.e.calleeOf(obj).transformArgs()
}

// markOwn returns s with its concrete labels marked the caller's own.
func (s Set) markOwn() Set {
	var out Set
	for _, l := range s {
		if l.Concrete() {
			l.Own, l.OwnIf = true, 0
		}
		out = out.Add(l)
	}
	return out
}
