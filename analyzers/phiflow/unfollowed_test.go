package phiflow_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
)

// Calls that identifiable data reaches and whose callee the engine cannot
// follow are in the result, once each, with why and the classes passed
// (contract §4: nothing is lost silently); followed calls and calls
// passed no identifiable data are not.
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
		"26 dynamic call of func(string): " + taint.ReasonNoTarget + " [direct]",
		"31 (unfollowed.Notifier).Notify: " + taint.ReasonNoImpl + " [clinical]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unfollowed calls:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
