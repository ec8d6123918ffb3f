package taint

// A call writes its callee's Outs through its arguments again whenever
// solve runs it again, into every location each argument may point to:
// on konsulin-api about 100k applications of an Out made 3M stores, 94%
// of which added nothing, each comparing a set of dozens of labels with
// memory label by label.
//
// The locations are the same at every application (locs is computed
// once per value), and memory only grows: what a store joined in stays
// held, or subsumed by a widened path. So when an Out substitutes at a
// call to the same taint as when it was last applied there, every one of
// its stores would add nothing, and they are skipped. The substitution
// itself still runs, so solve sees what it reads. With the engine's
// verifyReads set (TestShortcutsMatchFullComputation), the skipped
// stores are made and must change nothing.

// outKey names one Out of one summary applied at one call.
type outKey struct {
	site *callSite
	sum  *Summary
	i    int
}

// outApplied is what an Out stored when last applied at a call: where
// (its parameter and path; a summary still being solved in a call cycle
// may change) and what.
type outApplied struct {
	index int
	path  string
	t     Taint
}

// outStoredAgain reports whether sum.Outs[i], substituted at s to t,
// would store what it stored when last applied there, and otherwise
// records that it stores t now.
func (f *family) outStoredAgain(s *callSite, sum *Summary, i int, t Taint) bool {
	k, o := outKey{s, sum, i}, sum.Outs[i]
	if a, ok := f.outs[k]; ok && a.index == o.Index && a.path == o.Path && a.t.Dest == t.Dest &&
		(len(a.t.Data) == len(t.Data) && sameArray(a.t.Data, t.Data) || a.t.Data.equal(t.Data)) {
		return true
	}
	if f.outs == nil {
		f.outs = make(map[outKey]outApplied)
	}
	f.outs[k] = outApplied{o.Index, o.Path, t}
	return false
}
