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
`))
	if err != nil {
		t.Fatal(err)
	}
	setFlag(t, phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode())
	phitest.Run(t, phidiscover.Analyzer, "example.com/discover")
}

func setFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	old := a.Flags.Lookup(name).Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Flags.Set(name, old) })
}
