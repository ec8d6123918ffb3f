package suite_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/suite"
)

// Configure sets every analyzer's flags from one Settings, and setting
// them back to the defaults restores them: drivers configure the suite
// once per run, but tests configure it many times in one process.
func TestConfigure(t *testing.T) {
	cfg := config.Default()
	cfg.Policy.Log = config.PolicyAllow
	if err := suite.Configure(suite.Settings{Config: cfg, Codes: "all,-PHI3001", Tests: true}); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := suite.Configure(suite.Settings{}); err != nil {
			t.Fatal(err)
		}
	}()
	for _, a := range suite.Analyzers {
		if got := a.Flags.Lookup("tests").Value.String(); got != "true" {
			t.Errorf("-%s.tests = %q after Configure with Tests, want true", a.Name, got)
		}
	}
	flags := phidirective.Analyzer.Flags
	if got := flags.Lookup(phidirective.CodesFlag).Value.String(); got != "all,-PHI3001" {
		t.Errorf("-phidirective.checks = %q", got)
	}
	got, err := config.Decode(flags.Lookup(phidirective.ConfigFlag).Value.String())
	if err != nil {
		t.Fatal(err)
	}
	if got.Encode() != cfg.Encode() {
		t.Errorf("-phidirective.config decodes to\n%s\nwant\n%s", got.Encode(), cfg.Encode())
	}
}

// A bad -checks is the user's error, named as such, and changes nothing.
func TestConfigureBadChecks(t *testing.T) {
	err := suite.Configure(suite.Settings{Codes: "PHI9999"})
	if err == nil || err.Error()[:8] != "-checks:" {
		t.Fatalf("Configure with -checks PHI9999: %v, want a -checks error", err)
	}
}
