package phiflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestFactsAcrossPackages asserts the facts phiflow exports, by their
// String, where a summary crosses a package boundary: a parameter
// reaching a sink, a result carrying data, a check wrapper, a function
// stored in a slot; and the findings they make in the importing package.
// (The other tests run phiflow under phitest, which asks no `// want`
// for facts.)
func TestFactsAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), phiflow.Analyzer, "example.com/factsxpkg/lib", "example.com/factsxpkg/app")
}
