package phiflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestRecursiveWalkersSettle checks that call cycles walking a recursive
// type settle instead of running into maxCyclePasses: the paths their
// summaries return and write are cut as label paths are, so a pass
// cannot reach one level deeper than the one before. Each pass solves
// every member again; on a service importing two YAML libraries the
// unsettled cycles were a tenth of phivet's CPU.
func TestRecursiveWalkersSettle(t *testing.T) {
	for _, r := range analysistest.Run(t, analysistest.TestData(), phiflow.Analyzer, "example.com/deepwalk") {
		res, ok := r.Result.(*phiflow.Result)
		if !ok || res == nil {
			t.Fatalf("%s: no phiflow result", r.Pass.Pkg.Path())
		}
		for _, pos := range res.Unsettled {
			t.Errorf("call cycle headed at %s did not settle", r.Pass.Fset.Position(pos))
		}
	}
}
