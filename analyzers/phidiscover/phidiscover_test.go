package phidiscover_test

import (
	"testing"

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
  - field: example.com/discover.RotaResponse.Patient.Postcode
    class: indirect
`))
	if err != nil {
		t.Fatal(err)
	}
	phitest.SetFlag(t, phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode())
	phitest.Run(t, phidiscover.Analyzer, "example.com/discover", "example.com/discover/staff")
}

// Test support packages are reported only with -tests, like _test.go
// files; a tests package deeper in the module may model laboratory tests.
func TestTestSupport(t *testing.T) {
	phitest.Run(t, phidiscover.Analyzer, "example.com/test/synth", "example.com/discover/fixtures", "example.com/lab/tests")
}

// With -tests, test support is reported like _test.go files.
func TestTestSupportWithTests(t *testing.T) {
	phitest.SetFlag(t, phidiscover.Analyzer, phidiscover.TestsFlag, "true")
	phitest.Run(t, phidiscover.Analyzer, "example.com/testutil/seed")
}

func TestLiterals(t *testing.T) {
	phitest.Run(t, phidiscover.Analyzer, "example.com/literal")
}
