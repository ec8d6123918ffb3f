package phiignore_test

import (
	"testing"

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
	phitest.SetFlag(t, phidirective.Analyzer, phidirective.ChecksFlag, "all,-PHI1001,-PHI3001,-PHI3002,-PHI2001")
	phitest.Run(t, phiignore.Analyzer, "example.com/stale")
}

// With -checks turning PHI2004 off, nothing is reported.
func TestStaleOff(t *testing.T) {
	phitest.SetFlag(t, phidirective.Analyzer, phidirective.ChecksFlag, "all,-PHI2004")
	phitest.Run(t, phiignore.Analyzer, "example.com/off")
}

// A flow the policy accepts only because it allows its whole sink kind
// still uses its suppression.
func TestStaleUnderAllowPolicy(t *testing.T) {
	phitest.UseConfig(t, "policy:\n  log: allow\n")
	phitest.Run(t, phiignore.Analyzer, "example.com/allowed")
}
