package phiflow_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
)

// Calls that identifiable data reaches and whose callee the engine cannot
// follow are in the result, once each, with why and the classes passed
// (contract §4: nothing is lost silently); followed calls, calls passed
// no identifiable data and a test double's own calls are not.
func TestUnfollowedCalls(t *testing.T) {
	results := phitest.Run(t, phiflow.Analyzer, "example.com/unfollowed")
	var got []string
	for _, r := range results {
		res := r.Pass.ResultOf[phiflow.Analyzer].(*phiflow.Result)
		for _, u := range res.Unfollowed {
			p := r.Pass.Fset.Position(u.Pos)
			got = append(got, fmt.Sprintf("%d %s: %s %v", p.Line, u.Callee, u.Reason, u.Classes))
		}
	}
	want := []string{
		"30 dynamic call of func(string): " + taint.ReasonNoTarget + " [direct]",
		"35 (unfollowed.Notifier).Notify: " + taint.ReasonNoImpl + " [clinical]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unfollowed calls:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A helper that passes its parameter to a call the engine cannot follow
// carries that call in its summary, to its callers in the package and,
// through its fact, in other packages: a call passing the helper
// identifiable data lists the inner call with the data's classes, one
// passing clean data does not.
func TestUnfollowedCallsThroughParameters(t *testing.T) {
	results := phitest.Run(t, phiflow.Analyzer, "example.com/unfollowedparam", "example.com/unfollowedparam/caller")
	got := map[string][]string{}
	for _, r := range results {
		res := r.Pass.ResultOf[phiflow.Analyzer].(*phiflow.Result)
		for _, u := range res.Unfollowed {
			p := r.Pass.Fset.Position(u.Pos)
			via := filepath.Base(u.Via.Where) // a fact's place names the whole file
			if u.Via.Pos.IsValid() {
				vp := r.Pass.Fset.Position(u.Via.Pos)
				via = fmt.Sprintf("%d:%d", vp.Line, vp.Column)
			}
			got[r.Pass.Pkg.Path()] = append(got[r.Pass.Pkg.Path()], fmt.Sprintf("%d %s via %s: %s %v", p.Line, u.Callee, via, u.Reason, u.Classes))
		}
	}
	dyn := "dynamic call of func(string)"
	want := map[string][]string{
		"example.com/unfollowedparam": {
			"31 " + dyn + " via 21:2: " + taint.ReasonNoTarget + " [direct]",
			"37 " + dyn + " via 21:2: " + taint.ReasonNoTarget + " [clinical]",
		},
		"example.com/unfollowedparam/caller": {
			"9 " + dyn + " via unfollowedparam.go:21:2: " + taint.ReasonNoTarget + " [direct]",
		},
	}
	for pkg, w := range want {
		if strings.Join(got[pkg], "\n") != strings.Join(w, "\n") {
			t.Errorf("%s: unfollowed calls:\n%s\nwant:\n%s", pkg, strings.Join(got[pkg], "\n"), strings.Join(w, "\n"))
		}
	}
}

// A function where the engine reaches a bound that can cut a path is in
// the result with the bound's name (contract §4: an internal limit
// reached is reported, never swallowed); one that stays under the
// bounds is not.
func TestLimitsReached(t *testing.T) {
	results := phitest.Run(t, phiflow.Analyzer, "example.com/limits")
	var got []string
	for _, r := range results {
		res := r.Pass.ResultOf[phiflow.Analyzer].(*phiflow.Result)
		for _, l := range res.Limits {
			p := r.Pass.Fset.Position(l.Pos)
			got = append(got, fmt.Sprintf("%d %s", p.Line, l.Bound))
			if taint.Bounds[l.Bound] == "" {
				t.Errorf("bound %s has no meaning in taint.Bounds", l.Bound)
			}
		}
	}
	want := []string{"20 maxReslices", "48 maxIfaceCalls", "48 maxParamUnfollowed", "78 maxSinkPlaces", "110 maxHeldParts"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("limits:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
