package phiflow

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/shown"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Verdict is how a flow was judged: what tools that inventory flows (the
// data-flow map) show beside the findings, from the same judgement.
type Verdict struct {
	Flow taint.Flow
	Code codes.Code // the code it is, or would be, reported as
	// Acceptable says the flow is not a finding; Why says what made it so
	// ("checked", "audited", "checked and audited", "sanitized", "allowed
	// by policy") or, for a finding, what was missing.
	Acceptable bool
	Why        string
	// Suppressed holds the reason of a //phi:ignore that silenced it.
	Suppressed string
	// Reported is false for a finding not shown because of -checks, a
	// test or generated file.
	Reported bool
}

// reporter judges flows against the policy and reports the unacceptable
// ones, once per place and code.
type reporter struct {
	pass    *analysis.Pass
	out     *Result
	dir     *phidirective.Result
	show    *shown.Rule // which findings are shown: not in generated files, in tests only with -tests
	pending map[pendingKey]*pending
	// For suggested fixes (fix.go): the functions in scope, the model.
	funcs []*types.Func
	model *model.Model
}

// pendingKey is one finding: a flow per place, code, sink and the
// sink's own place, so that two sinks reached through one call are two
// findings, each message naming its sink, even when both are calls of
// one function (contract §3: distinct flows are distinct findings). The
// data of one sink call, reached through several parameters, is one.
type pendingKey struct {
	pos  token.Pos
	code codes.Code
	sink string
	at   taint.Step // taint.SinkPlace of the flow's steps
}

// pending is a finding being assembled from every flow reported at one
// place with one code.
type pending struct {
	data  taint.Set
	flow  taint.Flow
	pol   config.PolicyValue
	steps []taint.Step
}

func (r *reporter) files() {
	r.show = shown.New(r.pass)
	r.pending = map[pendingKey]*pending{}
}

// flow judges fl and, if the policy does not accept it, queues a finding.
func (r *reporter) flow(fl taint.Flow) {
	v := Verdict{Flow: fl}
	pol := r.dir.Config.Policy.For(fl.Sink.Kind)
	switch {
	case fl.Requires != vocab.GuardNone:
		v.Code = codes.UnguardedRequire
		v.Acceptable = fl.Guards.Hold(fl.Requires)
		v.Why = guardsWhy(fl.Guards)
		if !v.Acceptable {
			v.Why = "without " + article(fl.Requires)
		}
	case fl.Sanitized:
		v.Code, v.Acceptable, v.Why = codeOf(fl.Sink), true, "sanitized"
	case fl.Sink.URL:
		v.Code, v.Why = codes.URLLeak, "put into a URL"
	default:
		v.Code = codeOf(fl.Sink)
		v.Acceptable = acceptable(pol, fl.Guards)
		switch {
		case v.Acceptable && pol == config.PolicyAllow:
			v.Why = "allowed by policy"
		case v.Acceptable:
			v.Why = guardsWhy(fl.Guards)
		default:
			v.Why = missing(pol, fl.Guards)
		}
	}
	if !v.Acceptable {
		v.Suppressed, v.Reported = r.queue(fl, v.Code, pol)
	}
	r.out.Verdicts = append(r.out.Verdicts, v)
}

// queue adds an unacceptable flow to the finding at its place, unless it
// is not to be shown; it returns the suppression reason, if any, and
// whether it will be reported.
func (r *reporter) queue(fl taint.Flow, code codes.Code, pol config.PolicyValue) (string, bool) {
	if !r.shown(fl.Pos, code) {
		return "", false
	}
	if reason, ok := r.dir.Suppressed(r.pass.Fset, fl.Pos); ok {
		return reason, false
	}
	k := pendingKey{fl.Pos, code, fl.Sink.Name, taint.SinkPlace(fl.Steps)}
	p := r.pending[k]
	if p == nil {
		p = &pending{flow: fl, pol: pol, steps: fl.Steps}
		r.pending[k] = p
	}
	p.data, _ = p.data.Union(fl.Data)
	return "", true
}

// shown reports whether a finding of code at pos is to be shown at all.
func (r *reporter) shown(pos token.Pos, code codes.Code) bool {
	return pos.IsValid() && r.dir.Codes.Enabled(code) && r.show.Shown(pos)
}

// flush reports the queued findings in source order.
func (r *reporter) flush() {
	keys := make([]pendingKey, 0, len(r.pending))
	for k := range r.pending {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].pos != keys[j].pos {
			return keys[i].pos < keys[j].pos
		}
		if keys[i].code != keys[j].code {
			return keys[i].code < keys[j].code
		}
		if keys[i].sink != keys[j].sink {
			return keys[i].sink < keys[j].sink
		}
		if keys[i].at.Pos != keys[j].at.Pos {
			return keys[i].at.Pos < keys[j].at.Pos
		}
		return keys[i].at.Where < keys[j].at.Where
	})
	// Findings alike but for where their sink is called (two log.Printf
	// calls inside the function called here) say where, or their
	// messages would be the same.
	alike := make(map[pendingKey]int, len(keys))
	for _, k := range keys {
		k.at = taint.Step{}
		alike[k]++
	}
	for _, k := range keys {
		p := r.pending[k]
		var fixes []analysis.SuggestedFix
		if p.flow.Requires == vocab.GuardNone {
			fixes = r.fixFor(k.pos, p.data)
		}
		sink := p.flow.Sink.Name
		if ka := (pendingKey{k.pos, k.code, k.sink, taint.Step{}}); alike[ka] > 1 {
			sink += " (" + r.placeOf(k.at) + ")"
		}
		r.report(k.pos, k.code, message(k.code, p, sink), p.steps, fixes...)
	}
}

// placeOf is where a sink is called, as a message shows it: the file's
// name and the line.
func (r *reporter) placeOf(at taint.Step) string {
	if at.Pos.IsValid() {
		p := r.pass.Fset.Position(at.Pos)
		return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
	}
	// A fact's place: "file:line:col".
	w := filepath.Base(at.Where)
	if i := strings.LastIndexByte(w, ':'); i > 0 {
		w = w[:i]
	}
	return w
}

// message is the finding's message; sink names the sink as it shows.
func message(code codes.Code, p *pending, sink string) string {
	fl := p.flow
	data := p.data.Describe()
	switch code {
	case codes.UnguardedRequire:
		return fmt.Sprintf("%s requires %s, which does not hold here", fl.Callee, article(fl.Requires))
	case codes.URLLeak:
		return fmt.Sprintf("%s is put into a URL by %s; proxies and servers log URLs: send it in the body or sanitize it", data, sink)
	}
	verb := "reaches log sink"
	switch fl.Sink.Kind {
	case vocab.KindExport:
		verb = "is exported by"
	case vocab.KindTransmit:
		verb = "is transmitted by"
	case vocab.KindRespond:
		verb = "is sent in a response by"
	}
	return fmt.Sprintf("%s %s %s %s", data, verb, sink, missing(p.pol, fl.Guards))
}

func codeOf(s taint.SinkDesc) codes.Code {
	switch {
	case s.URL:
		return codes.URLLeak
	case s.Kind == vocab.KindExport:
		return codes.ExportLeak
	case s.Kind == vocab.KindTransmit || s.Kind == vocab.KindRespond:
		return codes.TransmitLeak
	}
	return codes.LogLeak
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

func guardsWhy(g taint.Guards) string {
	if held := g.Held(); held != "" {
		return held
	}
	return "unguarded"
}

func article(guard vocab.Guard) string {
	if guard == vocab.GuardAudit {
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

// report emits one diagnostic, with the path as related information.
func (r *reporter) report(pos token.Pos, code codes.Code, msg string, steps []taint.Step, fixes ...analysis.SuggestedFix) {
	var related []analysis.RelatedInformation
	for _, s := range steps {
		switch {
		case s.Pos.IsValid():
			related = append(related, analysis.RelatedInformation{Pos: s.Pos, Message: s.Msg})
		case s.Where == taint.Elided:
			related = append(related, analysis.RelatedInformation{Pos: pos, Message: s.Msg})
		case s.Where != "":
			related = append(related, analysis.RelatedInformation{Pos: pos, Message: s.Msg + " (" + s.Where + ")"})
		}
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: string(code),
		Message:  codes.Tag(msg, code),
		URL:      codes.URL(code),
		Related:  related,
		// SuggestedFixes wrap the data in a sanitizer (fix.go).
		SuggestedFixes: fixes,
	}
	r.out.Diagnostics = append(r.out.Diagnostics, d)
	r.pass.Report(d)
}
