package phitest

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// RunModule is Run for a test module: dir holds a go.mod (whose
// dependencies must already be in the module cache: analysistest loads
// with GOPROXY=off) and patterns name packages in it. t may be a
// *testing.T, or anything that collects the failures for a caller to
// sort out.
func RunModule(t analysistest.Testing, dir string, a *analysis.Analyzer, patterns ...string) []*analysistest.Result {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
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
