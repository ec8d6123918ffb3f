package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A call's result read from one parameter only: what a helper returns of
// the request it was passed (pointers into it, a view of it) is the
// request's, as its fields are (ownif.go).

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
		j := agreedParam(sums, func(sum *Summary) int { return sum.rootedIn(i) })
		if j >= 0 && j < len(s.args) && f.ownVal(s.args[j]) {
			bits |= 1 << i
		}
	}
	return bits
}

// agreedParam is the parameter that param gives for every one of sums, or
// -1 when one gives none or two differ.
func agreedParam(sums []*Summary, param func(*Summary) int) int {
	j := -1
	for _, sum := range sums {
		pj := param(sum)
		if pj < 0 || j >= 0 && pj != j {
			return -1
		}
		j = pj
	}
	return j
}
