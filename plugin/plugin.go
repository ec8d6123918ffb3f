// Package plugin is phivet's golangci-lint v2 module plugin, registered
// under the name "phivet".
//
// Build a golangci-lint binary that contains it with golangci-lint custom
// and a .custom-gcl.yml such as
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/phivet/phivet
//	    import: github.com/phivet/phivet/plugin
//	    version: v0.1.0
//
// and enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable: [phivet]
//	  settings:
//	    custom:
//	      phivet:
//	        type: module
//	        description: identifiable patient data logged, exported or transmitted unguarded
//	        settings:           # the phivet.yaml schema, plus codes and tests
//	          sources:
//	            - field: example.com/ehr/model.Patient.Name
//	              class: direct
//	          policy:
//	            export: check+audit
//	          codes: all,-PHI3001   # which codes to report, as phivet -checks
//	          tests: false          # also report findings in _test.go files
//
// The settings block is checked as strictly as phivet.yaml: an unknown key,
// a bad class, kind or guard, or a malformed name stops golangci-lint with
// an error naming the key. See docs/golangci-lint.md.
package plugin

import (
	"errors"
	"fmt"
	"maps"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/suite"
)

// Name is the plugin's name: the key under linters.settings.custom in
// .golangci.yml, the name to enable, and the name //nolint: takes.
const Name = "phivet"

// SettingsName is how errors in the settings block name it.
const SettingsName = "linters.settings.custom.phivet.settings"

// The plugin's own settings, beside the phivet.yaml schema. (The phivet
// command's -checks flag is called codes here, because checks is the
// schema's list of disclosure-check functions.)
const (
	codesKey = "codes"
	testsKey = "tests"
)

func init() {
	register.Plugin(Name, New)
}

// Plugin is a configured phivet plugin.
type Plugin struct {
	cfg   *config.Config
	codes string
	tests bool
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes and validates settings, the plugin's settings block as
// golangci-lint read it (nil when there is none). It changes nothing
// global: the analyzers are configured only by BuildAnalyzers.
func New(settings any) (register.LinterPlugin, error) {
	p, err := decode(settings)
	if err != nil {
		return nil, err
	}
	return p, nil
}

func decode(settings any) (*Plugin, error) {
	p := &Plugin{cfg: config.Default(), codes: "all"}
	if settings == nil {
		return p, nil
	}
	m, ok := settings.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: want a mapping with the keys of phivet.yaml, got %T", SettingsName, settings)
	}
	rest := maps.Clone(m)
	if v, ok := rest[codesKey]; ok {
		delete(rest, codesKey)
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%s: %s: want a string such as \"all,-PHI3001\", got %v", SettingsName, codesKey, v)
		}
		if _, err := codes.ParseSelection(s); err != nil {
			return nil, fmt.Errorf("%s: %s: %v", SettingsName, codesKey, strings.TrimPrefix(err.Error(), "-checks: "))
		}
		p.codes = s
	}
	if v, ok := rest[testsKey]; ok {
		delete(rest, testsKey)
		switch b := v.(type) {
		case bool:
			p.tests = b
		case string: // from an environment variable or a TOML/JSON string
			t, err := strconv.ParseBool(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: want true or false, got %q", SettingsName, testsKey, b)
			}
			p.tests = t
		default:
			return nil, fmt.Errorf("%s: %s: want true or false, got %v", SettingsName, testsKey, v)
		}
	}
	if len(rest) == 0 {
		return p, nil
	}
	// Hand the rest to the phivet.yaml parser, so that the settings block
	// and the file are one schema checked by one piece of code.
	data, err := yaml.Marshal(rest)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", SettingsName, err)
	}
	cfg, err := config.Parse(SettingsName, data)
	if err != nil {
		return nil, settingsError(err)
	}
	p.cfg = cfg
	return p, nil
}

// settingsError rewrites a parse error for the settings block: the line
// numbers are those of the re-encoded YAML, not of the user's file, so they
// are dropped; the key path says where to look.
func settingsError(err error) error {
	var ce *config.Error
	if !errors.As(err, &ce) {
		return fmt.Errorf("%s: %v", SettingsName, err)
	}
	e := *ce
	e.File, e.Line = SettingsName, 0
	if !strings.ContainsAny(e.Key, ".[") && strings.HasPrefix(e.Msg, "unknown key") {
		e.Msg += "; the plugin also takes " + codesKey + " and " + testsKey
	}
	return &e
}

// BuildAnalyzers configures phivet's analyzers as the phivet command
// does, and returns the reporter that runs them. golangci-lint may
// construct the plugin more than once in a run, always from the same
// settings, so configuring them again is harmless; its cache is keyed on
// the settings, so a changed settings block never replays a stale result.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	if err := suite.Configure(suite.Settings{Config: p.cfg, Codes: p.codes, Tests: p.tests}); err != nil {
		return nil, fmt.Errorf("%s: %v", Name, err)
	}
	return []*analysis.Analyzer{Reporter}, nil
}

// Reporter is the analyzer golangci-lint runs. It reports what phivet's
// analyzers found, which run as its prerequisites (their facts still flow
// between packages as usual). Because it is named like the linter,
// golangci-lint shows the messages without an analyzer prefix; and it
// drops each finding's related information (the source-to-sink path),
// which golangci-lint would otherwise turn into separate issues on other
// lines, which //nolint:phivet on the finding would not silence. The path
// is in phivet's own json and sarif output.
var Reporter = &analysis.Analyzer{
	Name:     Name,
	Doc:      "report identifiable patient data that is logged, exported or transmitted without a disclosure check, an audit call or a sanitizer, malformed //phi: directives and unmarked identifiable-looking fields",
	URL:      codes.DocURL("golangci-lint.md"),
	Requires: suite.Analyzers,
	Run:      report,
}

// reported is the method every phivet analyzer's result has.
type reported interface {
	Reported() []analysis.Diagnostic
}

func report(pass *analysis.Pass) (any, error) {
	for _, a := range suite.Analyzers {
		r, ok := pass.ResultOf[a].(reported)
		if !ok {
			continue
		}
		for _, d := range r.Reported() {
			d.Related = nil
			pass.Report(d)
		}
	}
	return nil, nil
}

// GetLoadMode says the analyzers need type information.
func (*Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
