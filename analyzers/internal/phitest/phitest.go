// Package phitest runs phivet's analyzers under analysistest without
// requiring a `// want` for every fact they export: the analyzer under
// test runs as a dependency of a thin analyzer that re-reports its
// diagnostics, so expectations speak of findings, and facts are tested
// through their effect on importing packages.
package phitest

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Diagnoser is an analyzer result that lists the diagnostics reported.
type Diagnoser interface {
	Reported() []analysis.Diagnostic
}

// Run runs a (whose result must be a Diagnoser) on the packages under
// testdata/src and checks its diagnostics against `// want` comments.
// Flags set on a apply.
func Run(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.Run(t, analysistest.TestData(), wrap(a), pkgs...)
}

// wrap returns an analyzer that re-reports a's diagnostics.
func wrap(a *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       a.Name + "test",
		Doc:        "re-reports " + a.Name + "'s diagnostics",
		Requires:   []*analysis.Analyzer{a},
		ResultType: a.ResultType,
		Run: func(pass *analysis.Pass) (any, error) {
			for _, d := range pass.ResultOf[a].(Diagnoser).Reported() {
				pass.Report(d)
			}
			// The wrapper is the root: its result is the one the checker
			// keeps once the run is over, so it hands on a's.
			return pass.ResultOf[a], nil
		},
	}
}

// RunWithSuggestedFixes is Run that also applies the suggested fixes and
// compares each file with its .golden file.
func RunWithSuggestedFixes(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), wrap(a), pkgs...)
}
