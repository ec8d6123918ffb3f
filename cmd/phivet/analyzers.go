package main

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/phiignore"
)

// suite is every analyzer the command runs.
var suite = []*analysis.Analyzer{phidirective.Analyzer, phiflow.Analyzer, phidiscover.Analyzer, phiignore.Analyzer}

// settings are what the user chose; apply hands them to the analyzers
// through their flags, the only channel every driver (this command, go
// vet, golangci-lint, nogo) shares.
type settings struct {
	cfg    *config.Config
	checks string
	tests  bool
}

func (s settings) apply() error {
	if _, err := codes.ParseChecks(s.checks); err != nil {
		return err
	}
	cfg := s.cfg
	if cfg == nil {
		cfg = config.Default()
	}
	set := func(a *analysis.Analyzer, name, value string) error {
		if err := a.Flags.Set(name, value); err != nil {
			return fmt.Errorf("setting -%s.%s: %v", a.Name, name, err)
		}
		return nil
	}
	if err := set(phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode()); err != nil {
		return err
	}
	checks := s.checks
	if checks == "" {
		checks = "all"
	}
	if err := set(phidirective.Analyzer, phidirective.ChecksFlag, checks); err != nil {
		return err
	}
	if err := set(phidiscover.Analyzer, phidiscover.TestsFlag, fmt.Sprint(s.tests)); err != nil {
		return err
	}
	if err := set(phiignore.Analyzer, phiignore.TestsFlag, fmt.Sprint(s.tests)); err != nil {
		return err
	}
	return set(phiflow.Analyzer, phiflow.TestsFlag, fmt.Sprint(s.tests))
}

// version is the module version phivet was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "v0.1.0-devel"
}
