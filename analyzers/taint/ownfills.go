package taint

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Contract §3: data a handler decodes from the request it is serving is
// the caller's own, also when a helper does the decoding for it through
// the pointer it is passed (ParseRequestBody(w, r, &req)). The catalog
// says so of a library's decoder (RequestRead.Into); a function's summary
// says so of the code analysed (Summary.FillsOwn), and a call applies it
// to its argument as it would a library decoder's row: the argument's
// memory holds only the request, so it is own wherever it goes next (a
// literal or a method copying its fields into a new record, the record
// sent back whole), and a record as any other at every sink but the
// response to that request.

// fillsOwnParams says which of the root's parameters the family decodes
// the request being served into, and nothing untracked: each is found
// own (the request's decoder wrote into it, or a callee's FillsOwn did)
// and was filled, and is not withdrawn. A served function's request
// parameters are own by role, not by what it decodes, and are left out.
func (f *family) fillsOwnParams(requestParams []*ssa.Parameter) uint64 {
	st := f.ownSt
	var bits uint64
	for i, p := range f.root.Params {
		if i >= 64 {
			break
		}
		if st.own[p] && st.filled[p] && !st.invalid[p] && !slices.Contains(requestParams, p) {
			bits |= 1 << i
		}
	}
	return bits
}

// fillsOwnArgs says which arguments every one of sums, a call's callees'
// summaries, decodes the request being served into (Summary.FillsOwn);
// none when there are no summaries.
func fillsOwnArgs(sums []*Summary) uint64 {
	if len(sums) == 0 {
		return 0
	}
	bits := ^uint64(0)
	for _, sum := range sums {
		bits &= sum.FillsOwn
	}
	return bits
}

// calleesFillOwn is fillsOwnArgs of the call's callees, asked of every
// call passing memory: looked up without building their list.
func (f *family) calleesFillOwn(s *callSite) uint64 {
	if s.fn == nil {
		return 0
	}
	if !s.instr.Common().IsInvoke() {
		if sum := f.e.summaryOfFunc(s.fn); sum != nil {
			return sum.FillsOwn
		}
		return 0
	}
	bits := uint64(0)
	for i, impl := range s.impls {
		sum := f.e.summaryOfFunc(impl)
		if sum == nil {
			return 0
		}
		if i == 0 {
			bits = sum.FillsOwn
		}
		if bits &= sum.FillsOwn; bits == 0 {
			return 0
		}
	}
	return bits
}

// ownFill is a call whose callees decode the request into the arguments
// args names (Summary.FillsOwn).
type ownFill struct {
	call ssa.CallInstruction
	args uint64
}

// ownFillOf returns the call as an ownFill when its callees decode the
// request into an argument.
func (f *family) ownFillOf(call *ssa.Call) (ownFill, bool) {
	if !passesMemory(call) {
		return ownFill{}, false
	}
	s := f.site(call)
	if s.anon != nil || !s.entry.Empty() {
		return ownFill{}, false // the catalog's rows say what a library call reads
	}
	bits := f.calleesFillOwn(s)
	return ownFill{call, bits}, bits != 0
}

// passesMemory reports whether the call passes a pointer (&req, boxed
// into an interface or not, a receiver: req.Bind(r)) or a destination
// of type any passed on: only there can a callee decode the request.
func passesMemory(call ssa.CallInstruction) bool {
	c := call.Common()
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return false
	}
	for _, a := range c.Args {
		switch t := boxedType(a).Underlying().(type) {
		case *types.Pointer:
			return true
		case *types.Interface:
			if t.NumMethods() == 0 {
				return true
			}
		}
	}
	return false
}

// markOwnFills marks own the roots of the arguments the calls decode the
// request into, as a library decoder's RequestRead does (ownCall). It
// reports whether it marked any.
func (f *family) markOwnFills() bool {
	st := f.ownSt
	changed := false
	for _, of := range st.ownFills {
		for j, a := range f.site(of.call).args {
			if j >= 64 || of.args&(1<<j) == 0 {
				continue
			}
			changed = f.markDecodedInto(a) || changed
		}
	}
	return changed
}
