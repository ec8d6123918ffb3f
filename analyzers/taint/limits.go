package taint

import (
	"go/token"
	"sort"
)

// The engine's bounds keep every fixed point finite and every walk
// short. Reaching one does one of two things:
//
//   - it widens: what is past the bound is merged into a coarser form
//     that still covers it (a shorter path standing for everything below
//     it, a label kept rather than filtered, a value treated as any
//     record rather than as the caller's own). Nothing is lost; the
//     answer is only less precise, and may report more. These are not
//     recorded:
//     maxPath (a longer field path is cut to its prefix, which reads and
//     stores stand for everything below; copyStruct stores the whole),
//     maxParamPaths and maxPathParts (parameter paths cut a part at a
//     time, merged at the shorter path), maxHoldDepth (past it a label is
//     kept), maxSteps (a finding's shown path elides middle calls; the
//     flow itself is kept), maxOwnRounds and maxOwnPasses (what is not
//     settled own or fresh is a record as any other, which keeps
//     findings), maxDerivation and maxOwnershipPasses (data not shown to
//     come from a parameter is the function's own and reported where it
//     is found), maxTemplateTrace (a template whose text is not found
//     prints every field), maxUnwrap in tracked (a value not seen through
//     is untracked, which withdraws its root: a record as any other),
//     and maxPooledFamily (which families' maps are reused: no bound on
//     the analysis at all);
//
//   - it cuts: what is past the bound is dropped, so a path through it
//     may be missed. Each is recorded (Result.Limits, by function and
//     bound) and the data-flow map lists it under coverage (contract §4:
//     an internal limit reached is reported, never swallowed):
//     maxBaseChain, maxAliasDepth, maxReslices, maxUnwrap in keyedMark,
//     maxPath in appendParts (the stores of an element's fields past it
//     are skipped), maxLocDepth and maxParamUnfollowed (see Bounds for
//     what each means). Three more cut and are reported elsewhere:
//     maxCyclePasses (Result.Unsettled), maxImpls and maxFuncTargets (the
//     call is unresolved, and listed as an unfollowed call when
//     identifiable data is passed to it, reasons ReasonTooManyImpls and
//     ReasonTooManyTargets).

// Limit is a function where the engine reached a bound that can cut a
// path (see above).
type Limit struct {
	Pos   token.Pos // the function's (for a literal, its enclosing function's)
	Bound string    // the bound's name, a key of Bounds
}

// Bounds says, for each bound recorded as a Limit, what reaching it
// means for the analysis.
var Bounds = map[string]string{
	"maxBaseChain":       "a read of a field nested more than 8 selectors and indexes below a marked field was not traced back to that field, so its data may be missing",
	"maxAliasDepth":      "a result linked into a parameter's memory through more than 6 appends and arrays was not recognised, so what a caller writes into it afterwards may be missing",
	"maxReslices":        "an element of a marked collection field resliced more than 4 times in a row was not traced back to the field, so its data may be missing",
	"maxUnwrap":          "the key of a keyed source wrapped in more than 8 conversions was not seen through, so the lookup's data is not classed",
	"maxPath":            "an append of structs into a field path longer than 64 characters did not store the elements' fields, so what they hold may be missing there",
	"maxLocDepth":        "a chain of more than 64 field, index and pointer steps was cut short, so what is stored under it may be missing",
	"maxParamUnfollowed": "a parameter of the function reaches more than 16 callees phivet cannot follow: the rest are not listed at its callers",
}

// reachLimit records that f's family reached bound. It allocates only
// when a bound is reached, which real code rarely does.
func (f *family) reachLimit(bound string) {
	l := Limit{Pos: f.root.Pos(), Bound: bound}
	for _, o := range f.e.limits {
		if o == l {
			return
		}
	}
	f.e.limits = append(f.e.limits, l)
}

// sortLimits orders limits by position and bound.
func sortLimits(ls []Limit) []Limit {
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].Pos != ls[j].Pos {
			return ls[i].Pos < ls[j].Pos
		}
		return ls[i].Bound < ls[j].Bound
	})
	return ls
}
