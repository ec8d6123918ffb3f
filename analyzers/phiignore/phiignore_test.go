package phiignore_test

import (
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/phiignore"
)

func TestStale(t *testing.T) {
	phitest.Run(t, phiignore.Analyzer, "example.com/stale")
}

// A suppression of a finding whose code -checks turns off still
// suppresses something: narrowing -checks must not make it look stale.
func TestStaleWhatever(t *testing.T) {
	phitest.SetFlag(t, phidirective.Analyzer, phidirective.CodesFlag, "all,-PHI1001,-PHI3001,-PHI3002,-PHI2001")
	phitest.Run(t, phiignore.Analyzer, "example.com/stale")
}

// With -checks turning PHI2004 off, nothing is reported.
func TestStaleOff(t *testing.T) {
	phitest.SetFlag(t, phidirective.Analyzer, phidirective.CodesFlag, "all,-PHI2004")
	phitest.Run(t, phiignore.Analyzer, "example.com/off")
}

// A flow the policy accepts only because it allows its whole sink kind
// still uses its suppression.
func TestStaleUnderAllowPolicy(t *testing.T) {
	phitest.UseConfig(t, "policy:\n  log: allow\n")
	results := analysistest.Run(t, analysistest.TestData(), staleWithVerdicts, "example.com/allowed")
	// The suppression would not be stale under the default policy either
	// (it silences a finding there), so the case means something only if
	// the policy reached the analysis: the name's flow is acceptable,
	// allowed by policy.
	allowed := 0
	for _, r := range results {
		for _, v := range r.Result.(*phiflow.Result).Verdicts {
			if v.Acceptable && v.Why == "allowed by policy" {
				allowed++
			}
		}
	}
	if allowed == 0 {
		t.Error("no flow was allowed by policy: the configuration did not reach the analysis")
	}
}

// staleWithVerdicts re-reports phiignore's diagnostics and hands on
// phiflow's verdicts, which the test reads to see the policy in effect.
var staleWithVerdicts = &analysis.Analyzer{
	Name:       "phiignorewithverdicts",
	Doc:        "re-reports phiignore's diagnostics; its result is phiflow's",
	Requires:   []*analysis.Analyzer{phiignore.Analyzer, phiflow.Analyzer},
	ResultType: reflect.TypeFor[*phiflow.Result](),
	Run: func(pass *analysis.Pass) (any, error) {
		for _, d := range pass.ResultOf[phiignore.Analyzer].(*phiignore.Result).Reported() {
			pass.Report(d)
		}
		return pass.ResultOf[phiflow.Analyzer], nil
	},
}
