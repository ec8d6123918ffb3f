package phitest

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// SetFlag sets a's flag name to value for the rest of the test.
func SetFlag(t *testing.T, a *analysis.Analyzer, name, value string) {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("%s has no flag -%s", a.Name, name)
	}
	old := f.Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Flags.Set(name, old) })
}

// UseConfig parses yaml as phivet.yaml and hands it to the analyzers, as
// phidirective's -config flag (the phivet command sets it the same way),
// for the rest of the test.
func UseConfig(t *testing.T, yaml string) {
	t.Helper()
	cfg, err := config.Parse("phivet.yaml", []byte(yaml))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	SetFlag(t, phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode())
}
