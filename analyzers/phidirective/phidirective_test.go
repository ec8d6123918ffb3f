package phidirective_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/phivet/phivet/analyzers/phidirective"
)

// TestDirectives checks the marks //phi: directives make (as facts) and
// PHI2002 for malformed directives, against contract §1 and the PHI2002
// row of §3.
func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), phidirective.Analyzer, "example.com/directives")
}

// PHI2002 follows the rule every analyzer shows findings by: none in a
// generated file, none in a _test.go file unless -tests (contract §3).
func TestDirectivesShown(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), phidirective.Analyzer, "example.com/hidden")
	setTests(t, "true")
	analysistest.Run(t, analysistest.TestData(), phidirective.Analyzer, "example.com/testsshown")
}

func setTests(t *testing.T, v string) {
	t.Helper()
	if err := phidirective.Analyzer.Flags.Set(phidirective.TestsFlag, v); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = phidirective.Analyzer.Flags.Set(phidirective.TestsFlag, "false") })
}
