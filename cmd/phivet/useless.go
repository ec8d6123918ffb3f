package main

import (
	"path/filepath"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
)

// uselessConfig returns a PHI2004 finding, on the entry's line of the
// configuration file, for each entry another makes useless
// (config.Config.Useless). The analyzers see the configuration only as
// their flag's value, with no file to put a finding in, so the command
// reports these itself; go vet and golangci-lint do not (docs/go-vet.md).
func uselessConfig(cfg *config.Config, enabled codes.Selection) []output.Finding {
	if cfg == nil || cfg.File == "" || !enabled.Enabled(codes.UselessEntry) {
		return nil
	}
	file, err := filepath.Abs(cfg.File)
	if err != nil {
		file = cfg.File
	}
	var out []output.Finding
	for _, u := range cfg.Useless() {
		out = append(out, output.Finding{
			Code:    codes.UselessEntry,
			Message: u.Key + ": " + u.Msg,
			Pos:     output.Position{File: file, Line: u.Line, Column: 1},
		})
	}
	return out
}
