package explain

import (
	"go/token"
	"path/filepath"

	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
)

// Note is one check, audit or sanitizer considered for a finding, with
// its verdict in words: what phivet explain says of it, for the JSON and
// SARIF output of the findings.
type Note struct {
	Pos  token.Pos // the call; the finding's place for a statement about the flow as a whole
	Text string    // "check consent.Verify does not hold here: its result is ignored, …"
}

// Notes returns a function giving, for the finding of code at pos in p,
// the checks, audits and sanitizers called near every flow judged there,
// each with its verdict.
func Notes(p flowmap.Package) func(pos token.Pos, code string) []Note {
	if p.Flow == nil || p.Dir == nil || p.Info == nil {
		return func(token.Pos, string) []Note { return nil }
	}
	mdl := model.New(p.Dir.Config, p.Dir.AllMarks(), nil)
	// Positions in the words are short, as the engine's own steps
	// name them ("store.go:47:76"): the output names the findings' files.
	at := func(pos token.Pos) string { return positionOf(p.Fset, pos, filepath.Base) }
	return func(pos token.Pos, code string) []Note {
		var out []Note
		seen := map[Note]bool{}
		for _, v := range p.Flow.Verdicts {
			if v.Flow.Pos != pos || string(v.Code) != code || v.Acceptable {
				continue
			}
			for _, g := range considerGuards(p, mdl, v.Flow, at) {
				if g.Name == "" {
					continue // a statement about the flow as a whole: the message says it
				}
				n := Note{Pos: g.pos, Text: g.Role + " " + g.Name + " " + g.Verdict}
				if !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
		return out
	}
}
