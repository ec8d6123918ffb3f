package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Contract §3, data echoed to its own caller, through an accessor: a
// function that only hands back what it reads, by field, element and
// pointer steps, from its parameters (func (r *T) Raw() []byte { return
// r.raw }, declared a source or not) returns its argument's bytes. Called
// on the request's own record, its result is the caller's own too,
// whatever labels name it (the source's, the field's). A function that
// stores, calls or sends anything is not an accessor: what it returns
// may be read from elsewhere (a store keyed by the record's id).

// notAccessor marks, in the accessor cache, a result that is not an
// accessor's.
const notAccessor = ^uint64(0)

// ownAccessorResults says which results of the call are an accessor's
// whose arguments read are all own here.
func (f *family) ownAccessorResults(s *callSite) uint64 {
	if f.ownSt == nil || f.ownSt.own == nil || s.sfn == nil || s.anon != nil || len(s.sfn.Params) != len(s.args) {
		return 0
	}
	var bits uint64
	for i, from := range f.accessorParams(s.sfn) {
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
			case *ssa.Store, *ssa.MapUpdate, *ssa.Send, ssa.CallInstruction:
				return nil // not only reads: see above
			case *ssa.Return:
				for i, v := range x.Results {
					if from[i] == notAccessor {
						continue
					}
					p, ok := readFromParams(fn, v, 0)
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
// field, element and pointer steps only, conversions and merges
// included; false if v holds anything else.
func readFromParams(fn *ssa.Function, v ssa.Value, depth int) (uint64, bool) {
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
			return readFromParams(fn, x.X, d)
		}
	case *ssa.FieldAddr, *ssa.Field, *ssa.IndexAddr, *ssa.Index, *ssa.Slice,
		*ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
		return readFromParams(fn, *x.(ssa.Instruction).Operands(nil)[0], d)
	case *ssa.Phi:
		var all uint64
		for _, e := range x.Edges {
			if e == x {
				continue
			}
			p, ok := readFromParams(fn, e, d)
			if !ok {
				return 0, false
			}
			all |= p
		}
		return all, true
	}
	return 0, false
}

// markOwn returns s with its concrete labels marked the caller's own.
func (s Set) markOwn() Set {
	var out Set
	for _, l := range s {
		if l.Concrete() {
			l.Own = true
		}
		out = out.Add(l)
	}
	return out
}
