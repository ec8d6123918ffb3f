package flowmap

import (
	"fmt"
	"go/token"

	"github.com/phivet/phivet/analyzers/taint"
)

// CoverageCount counts what the map's coverage section lists (phivet -v
// prints it): the calls passing identifiable data to a callee phivet
// cannot follow and those callees, the call cycles that did not settle,
// and the functions where an internal limit was reached.
type CoverageCount struct {
	Calls, Callees, Unsettled, Limited int
}

// CoverageTally counts coverage over packages as the map does: a place
// seen twice (a package and its test variant) counts once.
type CoverageTally struct {
	calls, callees, unsettled, limited map[string]bool
}

// NewCoverageTally returns an empty tally.
func NewCoverageTally() *CoverageTally {
	return &CoverageTally{calls: map[string]bool{}, callees: map[string]bool{}, unsettled: map[string]bool{}, limited: map[string]bool{}}
}

// Add counts what the engine found in one package.
func (t *CoverageTally) Add(fset *token.FileSet, r *taint.Result) {
	if r == nil {
		return
	}
	for _, u := range r.Unfollowed {
		v := u.Via.Where
		if u.Via.Pos.IsValid() {
			v = fset.Position(u.Via.Pos).String()
		}
		t.calls[fmt.Sprintf("%s %s %s", fset.Position(u.Pos), u.Callee, v)] = true
		t.callees[u.Callee+"\x00"+u.Reason] = true
	}
	for _, pos := range r.Unsettled {
		t.unsettled[fset.Position(pos).String()] = true
	}
	for _, l := range r.Limits {
		t.limited[fset.Position(l.Pos).String()] = true
	}
}

// Count returns the counts so far.
func (t *CoverageTally) Count() CoverageCount {
	return CoverageCount{Calls: len(t.calls), Callees: len(t.callees), Unsettled: len(t.unsettled), Limited: len(t.limited)}
}

// String is the line phivet -v prints: "14 calls to 6 callees phivet
// cannot follow were passed identifiable data; 1 call cycle did not
// settle; 2 functions reached an internal limit (phivet map lists them)".
func (c CoverageCount) String() string {
	calls := fmt.Sprintf("%s to %s phivet cannot follow %s passed identifiable data",
		count(c.Calls, "call", "calls"), count(c.Callees, "callee", "callees"), plural(c.Calls, "was", "were"))
	cycles := count(c.Unsettled, "call cycle", "call cycles") + " did not settle"
	limits := count(c.Limited, "function", "functions") + " reached an internal limit"
	return calls + "; " + cycles + "; " + limits + " (phivet map lists them)"
}

func count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, plural(n, one, many)) }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
