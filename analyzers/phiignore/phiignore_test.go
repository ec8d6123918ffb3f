package phiignore_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phiignore"
)

func TestStale(t *testing.T) {
	phitest.Run(t, phiignore.Analyzer, "example.com/stale")
}

// A suppression of a finding whose code -checks turns off still
// suppresses something: narrowing -checks must not make it look stale.
func TestStaleWhatever(t *testing.T) {
	setFlag(t, phidirective.Analyzer, phidirective.ChecksFlag, "all,-PHI1001,-PHI3001,-PHI3002,-PHI2001")
	phitest.Run(t, phiignore.Analyzer, "example.com/stale")
}

// With -checks turning PHI2004 off, nothing is reported.
func TestStaleOff(t *testing.T) {
	setFlag(t, phidirective.Analyzer, phidirective.ChecksFlag, "all,-PHI2004")
	phitest.Run(t, phiignore.Analyzer, "example.com/off")
}

// A flow the policy accepts only because it allows its whole sink kind
// still uses its suppression.
func TestStaleUnderAllowPolicy(t *testing.T) {
	cfg, err := config.Parse("phivet.yaml", []byte("policy:\n  log: allow\n"))
	if err != nil {
		t.Fatal(err)
	}
	setFlag(t, phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode())
	phitest.Run(t, phiignore.Analyzer, "example.com/allowed")
}

func setFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	old := a.Flags.Lookup(name).Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Flags.Set(name, old) })
}
