package phiflow

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/taint"
)

// reporter judges flows against the policy and reports the unacceptable
// ones, once each.
type reporter struct {
	pass      *analysis.Pass
	out       *Result
	dir       *phidirective.Result
	tests     bool
	generated map[string]bool
	seen      map[token.Pos]map[codes.Code]bool
}

func (r *reporter) files() {
	r.generated = map[string]bool{}
	r.seen = map[token.Pos]map[codes.Code]bool{}
	for _, f := range r.pass.Files {
		if ast.IsGenerated(f) {
			r.generated[r.pass.Fset.File(f.Pos()).Name()] = true
		}
	}
}

// flow reports fl if the policy does not accept it.
func (r *reporter) flow(fl taint.Flow) {
	cfg := r.dir.Config
	if fl.Requires != "" {
		if holds(fl.Requires, fl.Guards) {
			return
		}
		r.report(fl.Pos, codes.UnguardedRequire,
			fmt.Sprintf("%s requires %s, which does not hold here", fl.Callee, article(fl.Requires)), fl.Steps)
		return
	}
	data := fl.Data.Describe()
	if fl.Sink.URL {
		r.report(fl.Pos, codes.URLLeak,
			fmt.Sprintf("%s is put into a URL by %s; proxies and servers log URLs: send it in the body or sanitize it", data, fl.Sink.Name), fl.Steps)
		return
	}
	pol := policyFor(cfg, fl.Sink.Kind)
	if acceptable(pol, fl.Guards) {
		return
	}
	code, verb := codes.LogLeak, "reaches log sink"
	switch fl.Sink.Kind {
	case catalog.Export:
		code, verb = codes.ExportLeak, "is exported by"
	case catalog.Transmit:
		code, verb = codes.TransmitLeak, "is transmitted by"
	case catalog.Respond:
		code, verb = codes.TransmitLeak, "is sent in a response by"
	}
	r.report(fl.Pos, code, fmt.Sprintf("%s %s %s %s", data, verb, fl.Sink.Name, missing(pol, fl.Guards)), fl.Steps)
}

// acceptable reports whether guards g meet policy value p.
func acceptable(p config.PolicyValue, g taint.Guards) bool {
	switch p {
	case config.PolicyAllow:
		return true
	case config.PolicySanitize:
		return false
	case config.PolicyCheck:
		return g.Check
	case config.PolicyAudit:
		return g.Audit
	case config.PolicyCheckAudit:
		return g.Check && g.Audit
	}
	return g.Check || g.Audit
}

func holds(guard string, g taint.Guards) bool {
	if guard == "audit" {
		return g.Audit
	}
	return g.Check
}

func article(guard string) string {
	if guard == "audit" {
		return "an audit call"
	}
	return "a disclosure check"
}

// missing says what the policy wanted and the place lacked.
func missing(p config.PolicyValue, g taint.Guards) string {
	switch p {
	case config.PolicySanitize:
		return "without a sanitizer (policy: sanitize)"
	case config.PolicyCheck:
		return "without a disclosure check"
	case config.PolicyAudit:
		return "without an audit call"
	case config.PolicyCheckAudit:
		var m []string
		if !g.Check {
			m = append(m, "a disclosure check")
		}
		if !g.Audit {
			m = append(m, "an audit call")
		}
		return "without " + strings.Join(m, " and ") + " (policy: check+audit)"
	}
	return "without a disclosure check or an audit call"
}

func (r *reporter) report(pos token.Pos, code codes.Code, msg string, steps []taint.Step) {
	if !pos.IsValid() || !r.dir.Checks.Enabled(code) {
		return
	}
	file := r.pass.Fset.File(pos)
	if file == nil || r.generated[file.Name()] {
		return
	}
	if !r.tests && strings.HasSuffix(file.Name(), "_test.go") {
		return
	}
	if _, ok := r.dir.Suppressed(r.pass.Fset, pos); ok {
		return
	}
	if r.seen[pos] == nil {
		r.seen[pos] = map[codes.Code]bool{}
	}
	if r.seen[pos][code] {
		return
	}
	r.seen[pos][code] = true
	var related []analysis.RelatedInformation
	for _, s := range steps {
		switch {
		case s.Pos.IsValid():
			related = append(related, analysis.RelatedInformation{Pos: s.Pos, Message: s.Msg})
		case s.Where != "":
			related = append(related, analysis.RelatedInformation{Pos: pos, Message: s.Msg + " (" + s.Where + ")"})
		}
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: string(code),
		Message:  codes.Tag(msg, code),
		URL:      "https://github.com/phivet/phivet/blob/main/docs/codes/" + string(code) + ".md",
		Related:  related,
	}
	r.out.Diagnostics = append(r.out.Diagnostics, d)
	r.pass.Report(d)
}
