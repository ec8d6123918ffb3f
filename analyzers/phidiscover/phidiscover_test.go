package phidiscover_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
)

func TestDiscover(t *testing.T) {
	cfg, err := config.Parse("phivet.yaml", []byte(`
sources:
  - field: example.com/discover.Patient.Religion
    class: clinical
  - field: example.com/discover.Patient.Ethnicity
    class: "-"
  - type: example.com/discover.PatientSearchOptions
    class: direct
`))
	if err != nil {
		t.Fatal(err)
	}
	setFlag(t, phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode())
	phitest.Run(t, phidiscover.Analyzer, "example.com/discover")
}

// Test support packages are reported only with -tests, like _test.go
// files; a tests package deeper in the module may model laboratory tests.
func TestTestSupport(t *testing.T) {
	phitest.Run(t, phidiscover.Analyzer, "example.com/test/synth", "example.com/discover/fixtures", "example.com/lab/tests")
}

func setFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	old := a.Flags.Lookup(name).Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Flags.Set(name, old) })
}

// With -tests, test support is reported like _test.go files.
func TestTestSupportWithTests(t *testing.T) {
	setFlag(t, phidiscover.Analyzer, phidiscover.TestsFlag, "true")
	phitest.Run(t, phidiscover.Analyzer, "example.com/testutil/seed")
}

func TestLiterals(t *testing.T) {
	phitest.Run(t, phidiscover.Analyzer, "example.com/literal")
}
