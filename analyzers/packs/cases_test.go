package packs_test

import (
	"path/filepath"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// casesDir is the test module that compiles against the real libraries the
// packs mark, at the versions its go.mod pins (each table's Version).
var casesDir = filepath.Join("testdata", "packcases")

// needCases downloads the case module's dependencies once per run.
func needCases(t *testing.T) {
	t.Helper()
	phitest.NeedModule(t, casesDir)
}

// useConfig hands the analyzers the configuration yaml for the rest of
// the test.
func useConfig(t *testing.T, yaml string) {
	t.Helper()
	cfg, err := config.Parse("phivet.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	f := phidirective.Analyzer.Flags.Lookup(phidirective.ConfigFlag)
	old := f.Value.String()
	if err := f.Value.Set(cfg.Encode()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
}
