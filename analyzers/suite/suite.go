// Package suite is phivet's analyzers as one suite: the list every
// driver runs (the phivet command, go vet through it, the golangci-lint
// plugin, Bazel's nogo) and the one way to configure them.
//
// The analyzers are configured through their flags, the only channel
// every driver shares (nogo passes analyzer_flags as strings, go vet
// -NAME.FLAG); Configure is how a driver that has the settings in hand
// sets those flags, so that every driver sets them alike.
package suite

import (
	"fmt"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/shown"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/phiignore"
)

// Analyzers is every phivet analyzer, in the order drivers run them.
var Analyzers = []*analysis.Analyzer{phidirective.Analyzer, phiflow.Analyzer, phidiscover.Analyzer, phiignore.Analyzer}

// Settings are what the user chose.
type Settings struct {
	// Config is the phivet.yaml configuration; nil means the default.
	Config *config.Config
	// Codes are the codes to report (the -checks flag), staticcheck style ("all,-PHI3001");
	// "" means all.
	Codes string
	// Tests also shows findings in test code.
	Tests bool
}

// Configure hands s to the analyzers through their flags. It checks
// s.Codes first, so that a bad value is the user's error, named as
// -checks, rather than an analyzer's failure on every package.
func Configure(s Settings) error {
	if _, err := codes.ParseSelection(s.Codes); err != nil {
		return err
	}
	cfg := s.Config
	if cfg == nil {
		cfg = config.Default()
	}
	checks := s.Codes
	if checks == "" {
		checks = "all"
	}
	if err := set(phidirective.Analyzer, phidirective.ConfigFlag, cfg.Encode()); err != nil {
		return err
	}
	if err := set(phidirective.Analyzer, phidirective.CodesFlag, checks); err != nil {
		return err
	}
	for _, a := range Analyzers {
		if err := set(a, shown.TestsFlag, strconv.FormatBool(s.Tests)); err != nil {
			return err
		}
	}
	return nil
}

func set(a *analysis.Analyzer, name, value string) error {
	if err := a.Flags.Set(name, value); err != nil {
		return fmt.Errorf("setting -%s.%s: %v", a.Name, name, err)
	}
	return nil
}
