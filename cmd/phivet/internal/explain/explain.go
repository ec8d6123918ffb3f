// Package explain answers `phivet explain FILE:LINE`: for each flow judged
// at a line, acceptable or not, the path from source to sink and every
// check, audit and sanitizer that stands near it, with why it did or did
// not make the flow acceptable (contract §4).
//
// It is built from the same judgement as the findings (phiflow's
// verdicts), so it never disagrees with them. The engine records whether
// a check and an audit hold at the sink, not which call made them hold;
// which calls were considered, and why one does not hold, is read from
// the syntax of the functions on the path, and said as such.
package explain

import (
	"fmt"
	"go/token"
	"sort"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
)

// Report is everything phivet explain says about one line.
type Report struct {
	File     string    `json:"file"`
	Line     int       `json:"line"`
	Flows    []Flow    `json:"flows"`    // the flows judged at the line
	Findings []Finding `json:"findings"` // findings at the line that are not flows (PHI2001, PHI3001…)
	// Nearby are lines close by where flows are judged, when none is at
	// the line itself.
	Nearby []int `json:"nearby,omitempty"`
	// Packages are the patterns of the packages analysed: a flow through
	// a package outside them is not seen.
	Packages []string `json:"packages"`
}

// Finding is a finding at the line that no flow explains.
type Finding struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Column  int    `json:"column"`
}

// Flow is one judged flow explained.
type Flow struct {
	Column     int     `json:"column"`
	Function   string  `json:"function"`
	Sink       string  `json:"sink"`
	Kind       string  `json:"kind"` // "log", "export", "transmit", "respond", "url"; "requires check|audit"
	Code       string  `json:"code"` // the code it is, or would be, reported as
	Acceptable bool    `json:"acceptable"`
	Reported   bool    `json:"reported"`
	Why        string  `json:"why"`    // the verdict's words
	Reason     string  `json:"reason"` // the //phi:ignore reason, for a suppressed flow
	Verdict    string  `json:"verdict"`
	Policy     string  `json:"policy"` // what the policy wants of the sink's kind, in words
	Data       []Datum `json:"data"`
	Path       []Step  `json:"path"`
	Guards     []Guard `json:"guards"` // checks, audits and sanitizers considered, with their verdicts
}

// Datum is one piece of identifiable data the flow carries.
type Datum struct {
	Name      string `json:"name"`
	Class     string `json:"class"`
	Sanitized bool   `json:"sanitized"`
	Origin    string `json:"origin,omitempty"` // file:line:col where it was first seen
}

// Step is one step of the path from source to sink.
type Step struct {
	Position string `json:"position"` // file:line:col, or "" when outside the analysed code
	Message  string `json:"message"`
}

// Guard is a check, audit or sanitizer considered, and its verdict.
type Guard struct {
	Role     string `json:"role"` // "check", "audit" or "sanitizer"
	Name     string `json:"name"` // "consent.Allowed"; "" for a statement about the flow as a whole
	Position string `json:"position,omitempty"`
	Holds    bool   `json:"holds"`   // it made the flow (more) acceptable
	Verdict  string `json:"verdict"` // in words
	pos      token.Pos
}

// Build explains the flows judged at file:line in pkgs (file is the
// absolute name positions carry). rel names files for people.
func Build(pkgs []flowmap.Package, file string, line int, rel func(string) string) *Report {
	r := &Report{File: rel(file), Line: line, Flows: []Flow{}, Findings: []Finding{}}
	seen := map[string]bool{}
	near := map[int]bool{}
	for _, p := range pkgs {
		if p.Flow == nil || p.Dir == nil {
			continue
		}
		mdl := model.New(p.Dir.Config, p.Dir.AllMarks(), nil)
		for _, v := range p.Flow.Verdicts {
			pos := p.Fset.Position(v.Flow.Pos)
			if pos.Filename != file {
				continue
			}
			if pos.Line != line {
				if d := pos.Line - line; d >= -nearbyLines && d <= nearbyLines {
					near[pos.Line] = true
				}
				continue
			}
			f := explainVerdict(p, mdl, v, rel)
			key := flowKey(f)
			if seen[key] {
				continue // the same file in a package and its test variant
			}
			seen[key] = true
			r.Flows = append(r.Flows, f)
		}
	}
	sort.SliceStable(r.Flows, func(i, j int) bool { return r.Flows[i].Column < r.Flows[j].Column })
	if len(r.Flows) == 0 {
		for l := range near {
			r.Nearby = append(r.Nearby, l)
		}
		sort.Ints(r.Nearby)
	}
	return r
}

// nearbyLines is how far from the line asked about phivet explain looks
// for flows to suggest when there is none at the line: a few lines, as a
// multi-line call is reported at its first line.
const nearbyLines = 5

func flowKey(f Flow) string {
	k := f.Sink + "\x00" + f.Code + "\x00" + f.Verdict
	for _, d := range f.Data {
		k += "\x00" + d.Name
	}
	for _, g := range f.Guards {
		k += "\x00" + g.Position + g.Verdict
	}
	if len(f.Path) > 0 {
		// Two calls of one sink function are two flows (contract §3).
		k += "\x00" + f.Path[len(f.Path)-1].Position
	}
	return k // not the rest of the path: two paths to one sink call, judged alike, are explained once
}

// explainVerdict explains one verdict.
func explainVerdict(p flowmap.Package, mdl *model.Model, v phiflow.Verdict, rel func(string) string) Flow {
	fl := v.Flow
	at := func(pos token.Pos) string { return positionOf(p.Fset, pos, rel) }
	f := Flow{
		Column:     p.Fset.Position(fl.Pos).Column,
		Function:   functionLabel(p, fl.Pos),
		Sink:       fl.Sink.Name,
		Kind:       fl.Sink.Kind.String(),
		Code:       string(v.Code),
		Acceptable: v.Acceptable,
		Reported:   v.Reported,
		Why:        v.Why,
		Reason:     v.Suppressed,
		Data:       []Datum{},
		Path:       []Step{},
		Guards:     []Guard{},
	}
	if fl.Sink.URL {
		f.Kind = "url"
	}
	if fl.Requires != vocab.GuardNone {
		f.Sink, f.Kind = fl.Callee, "requires "+fl.Requires.String()
	}
	f.Verdict = verdictWords(v)
	f.Policy = policyWords(p.Dir.Config, fl)
	for _, l := range fl.Data {
		if !l.Concrete() {
			continue
		}
		d := Datum{Name: l.Name, Class: l.Class.String(), Sanitized: l.Sanitized}
		if l.Origin != nil && l.Origin.Pos.IsValid() {
			d.Origin = at(l.Origin.Pos)
		}
		f.Data = append(f.Data, d)
	}
	for _, s := range fl.Steps {
		st := Step{Message: s.Msg}
		if s.Pos.IsValid() {
			st.Position = at(s.Pos)
		} else if s.Where != "" {
			st.Message += " (" + s.Where + ")"
		}
		f.Path = append(f.Path, st)
	}
	f.Guards = considerGuards(p, mdl, fl, at)
	return f
}

// functionLabel names the function a flow is judged in: its declaration,
// or a literal initialising a package-level variable, which findings
// leave unnamed.
func functionLabel(p flowmap.Package, pos token.Pos) string {
	if sc, ok := enclosingScope(p.Files, pos); ok {
		return sc.label
	}
	return flowmap.EnclosingFunc(p.Files, pos)
}

// verdictWords says how the flow was judged.
func verdictWords(v phiflow.Verdict) string {
	switch {
	case v.Acceptable:
		return "acceptable: " + v.Why
	case v.Suppressed != "":
		return "suppressed by //phi:ignore (" + v.Suppressed + "): " + v.Why
	case v.Reported:
		return "finding " + string(v.Code) + ": " + v.Why
	}
	return "finding " + string(v.Code) + ", not reported (-checks, a test or a generated file): " + v.Why
}

// policyWords says what the configuration wants before data reaches a
// sink of the flow's kind.
func policyWords(cfg *config.Config, fl taint.Flow) string {
	switch {
	case fl.Requires != vocab.GuardNone:
		return fl.Callee + " requires " + article(fl.Requires) + " to hold at each call"
	case fl.Sink.URL:
		return "identifiable data may not go into a URL unless sanitized"
	}
	kind := fl.Sink.Kind.String()
	pol := cfg.Policy.For(fl.Sink.Kind)
	want := map[config.PolicyValue]string{
		config.PolicyAllow:      "nothing (allowed)",
		config.PolicySanitize:   "a sanitizer",
		config.PolicyCheck:      "a disclosure check",
		config.PolicyAudit:      "an audit call",
		config.PolicyCheckAudit: "a disclosure check and an audit call",
	}[pol]
	if want == "" {
		want = "a disclosure check or an audit call, or a sanitizer"
	} else if pol != config.PolicyAllow && pol != config.PolicySanitize {
		want += ", or a sanitizer"
	}
	return kind + " sinks need " + want + " (policy: " + string(pol) + ")"
}

func article(guard vocab.Guard) string {
	if guard == vocab.GuardAudit {
		return "an audit call"
	}
	return "a disclosure check"
}

func positionOf(fset *token.FileSet, pos token.Pos, rel func(string) string) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", rel(p.Filename), p.Line, p.Column)
}
