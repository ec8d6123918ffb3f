package output

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/docs"
)

// SARIF writes the findings as a SARIF 2.1.0 log for GitHub code scanning
// (upload it with github/codeql-action/upload-sarif).
//
// The run lists one rule per code in codes.All, whether or not it fired or
// was enabled, so an alert always has its rule: the help text and markdown
// are the code's page from the docs package, the same text as
// `phivet -explain`, and properties carry "security-severity" (GitHub ranks
// security alerts by it) and the tags "security" and "phi".
//
// Each result has the sink as its location, a unique partialFingerprints
// entry under FingerprintKey (line-independent, so alerts survive edits
// above them), and, when the finding has Steps, the source-to-sink path
// twice: as a codeFlows thread flow (GitHub's "Show paths") ending at the
// sink, and as relatedLocations with ids 1..n that link from the alert,
// followed by the checks, audits and sanitizers considered (Considered).
//
// Files under o.Root get URIs relative to it with uriBaseId %SRCROOT%, and
// originalUriBaseIds says where %SRCROOT% was; files outside it (rare: only
// if a path step leaves the repository) get absolute file:// URIs.
//
// Every finding must have a file: GitHub rejects a whole upload when a
// result has no location, so SARIF returns an error, before writing
// anything, rather than produce a file that cannot be uploaded.
func SARIF(w io.Writer, fs []Finding, o Options) error {
	for _, f := range fs {
		if f.Pos.File == "" {
			return fmt.Errorf("SARIF output: %s finding %q has no file; code scanning needs a location for every result", f.Code, f.Message)
		}
	}
	p := newPaths(o)
	fs = sorted(fs)
	fps := uniqueFingerprints(fs, p)

	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "phivet",
			Version:        sarifToolVersion(o.ToolVersion),
			InformationURI: InformationURI,
			Rules:          sarifRules(o),
		}},
		Results: make([]sarifResult, len(fs)),
	}
	if p.root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			srcRoot: {URI: fileURI(p.root, true)},
		}
	}
	for i, f := range fs {
		run.Results[i] = sarifResultFor(f, fps[i], p)
	}

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// sarifToolVersion drops the "v" of a Go version ("v0.1.0" -> "0.1.0"):
// SARIF consumers compare tool versions and expect them to start with a
// number (the SARIF validator warns otherwise, SARIF2005).
func sarifToolVersion(v string) string {
	if len(v) > 1 && v[0] == 'v' && v[1] >= '0' && v[1] <= '9' {
		return v[1:]
	}
	return v
}

// sarifRules describes every code. The rule order is codes.All's, which is
// what ruleIndex refers to.
func sarifRules(o Options) []sarifRule {
	rules := make([]sarifRule, len(codes.All))
	for i, info := range codes.All {
		c := string(info.Code)
		md, ok := docs.Code(c)
		text, _ := docs.CodeText(c)
		full, _ := docs.Summary(c)
		if !ok { // cannot happen while docs tests pass; never emit empty help
			md, text, full = info.Title, info.Title, info.Title
		}
		r := sarifRule{
			ID:                   c,
			Name:                 info.Name,
			ShortDescription:     sarifMessage{Text: info.Title},
			FullDescription:      sarifMessage{Text: full},
			Help:                 sarifMessage{Text: text, Markdown: md},
			DefaultConfiguration: sarifConfiguration{Level: info.Level},
			Properties: sarifRuleProps{
				SecuritySeverity: info.SecuritySeverity,
				Tags:             []string{"security", "phi"},
				Precision:        "high",
			},
		}
		if o.HelpBaseURI != "" {
			r.HelpURI = o.HelpBaseURI + c + ".md"
		}
		rules[i] = r
	}
	return rules
}

func sarifResultFor(f Finding, fp string, p *paths) sarifResult {
	r := sarifResult{
		RuleID:              string(f.Code),
		Level:               "warning",
		Message:             sarifMessage{Text: f.Message},
		PartialFingerprints: map[string]string{FingerprintKey: fp},
	}
	for i, info := range codes.All {
		if info.Code == f.Code {
			r.RuleIndex = &i
			r.Level = info.Level
			break
		}
	}
	sink := sarifPhysical(f.Pos, p)
	r.Locations = []sarifLocation{{PhysicalLocation: sink}}

	flow := make([]sarifThreadFlowLocation, 0, len(f.Steps)+1)
	for _, s := range f.Steps {
		if s.Pos.File == "" {
			continue // a step without a place cannot be shown
		}
		id := len(r.RelatedLocations) + 1
		loc := sarifLocation{PhysicalLocation: sarifPhysical(s.Pos, p), Message: &sarifMessage{Text: s.Message}}
		flow = append(flow, sarifThreadFlowLocation{Location: loc})
		loc.ID = &id
		r.RelatedLocations = append(r.RelatedLocations, loc)
	}
	// The guards considered link from the alert too, after the path.
	for _, s := range f.Considered {
		if s.Pos.File == "" {
			continue
		}
		id := len(r.RelatedLocations) + 1
		r.RelatedLocations = append(r.RelatedLocations, sarifLocation{ID: &id, PhysicalLocation: sarifPhysical(s.Pos, p), Message: &sarifMessage{Text: "considered: " + s.Message}})
	}
	if len(flow) == 0 {
		return r
	}
	// The flow ends at the sink, unless the analyzer's last step already is
	// the sink: a duplicated final step would read as a second hop.
	if last := f.Steps[len(f.Steps)-1].Pos; last != f.Pos {
		flow = append(flow, sarifThreadFlowLocation{Location: sarifLocation{
			PhysicalLocation: sink,
			Message:          &sarifMessage{Text: f.Message},
		}})
	}
	r.CodeFlows = []sarifCodeFlow{{ThreadFlows: []sarifThreadFlow{{Locations: flow}}}}
	return r
}

func sarifPhysical(pos Position, p *paths) sarifPhysicalLocation {
	var loc sarifPhysicalLocation
	if rel, ok := p.repoRel(pos.File); ok {
		loc.ArtifactLocation = sarifArtifactLocation{URI: relURI(rel), URIBaseID: srcRoot}
	} else {
		loc.ArtifactLocation = sarifArtifactLocation{URI: fileURI(pos.File, false)}
	}
	if pos.Line > 0 { // SARIF lines and columns are 1-based; 0 means unknown
		loc.Region = &sarifRegion{StartLine: pos.Line, StartColumn: max(pos.Column, 0)}
	}
	return loc
}
