package packs_test

import (
	"path/filepath"
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
)

// casesDir is the test module that compiles against the real libraries the
// packs mark, at the versions its go.mod pins (each table's Version).
var casesDir = filepath.Join("testdata", "packcases")

// needCases downloads the case module's dependencies once per run.
func needCases(t *testing.T) {
	t.Helper()
	phitest.NeedModule(t, casesDir)
}
