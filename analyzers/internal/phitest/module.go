package phitest

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// RunModule is Run for a test module: dir holds a go.mod (whose
// dependencies must already be in the module cache: analysistest loads
// with GOPROXY=off) and patterns name packages in it.
func RunModule(t *testing.T, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	t.Helper()
	wrapper := &analysis.Analyzer{
		Name:     a.Name + "test",
		Doc:      "re-reports " + a.Name + "'s diagnostics",
		Requires: []*analysis.Analyzer{a},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, d := range pass.ResultOf[a].(Diagnoser).Reported() {
				pass.Report(d)
			}
			return nil, nil
		},
	}
	return analysistest.Run(t, dir, wrapper, patterns...)
}
