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
