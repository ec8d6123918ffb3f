package phiflow_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// Where phivet.yaml names a sanitizer for the data's class, a finding
// offers to wrap the field read in it (adding the import when needed).
func TestSuggestedFixes(t *testing.T) {
	phitest.UseConfig(t, `
sanitizers:
  - func: example.com/fix/redact.Name
    classes: [direct]
  - func: example.com/fix/redact.Postcode
    classes: [indirect]
  - func: example.com/fix/redact.Year
    classes: [indirect]
`)
	phitest.RunWithSuggestedFixes(t, phiflow.Analyzer, "example.com/fix/app")
}
