package taint

import (
	"go/token"
	"go/types"
	"sort"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
)

// Unfollowed is a call that identifiable data reaches and whose callee
// the engine cannot follow: what the callee does with the data is
// unknown, so a path through it may be cut. The contract (§4) says
// nothing is lost silently: the data-flow map lists these under coverage.
// They have no effect on findings.
type Unfollowed struct {
	Pos     token.Pos
	Callee  string   // "pkg.Func", "(*pkg.T).M", or "dynamic call of <type>"
	Reason  string   // one of the reason constants below
	Classes []string // the classes of the data passed, sorted
}

// Why a call cannot be followed.
const (
	ReasonNoCode         = "no code, summary or catalog row"
	ReasonNoTarget       = "a call through a function value with no known target"
	ReasonTooManyTargets = "a call through a function value with more possible targets than the engine follows"
	ReasonNoImpl         = "an interface call with no implementation in sight"
	ReasonImplsNoCode    = "an interface call whose implementations in sight have no code, summary or catalog row"
	ReasonTooManyImpls   = "an interface call with more implementations than the engine follows"
)

// noteUnfollowed records the call s at pos when identifiable data is
// passed to it and its callee cannot be followed. It runs once the
// family is solved (from collect), so it sees the final state; a call
// through a function value is checked target by target.
func (f *family) noteUnfollowed(s *callSite, pos token.Pos) {
	if f.e.Dependency || f.detached || s.anon != nil {
		return
	}
	c := s.instr.Common()
	if !c.IsInvoke() && s.sfn == nil && s.fn == nil {
		if len(s.targets) == 0 {
			reason := ReasonNoTarget
			if s.targetsCut {
				reason = ReasonTooManyTargets
			}
			f.unfollowedCall(s, pos, "dynamic call of "+types.TypeString(c.Value.Type(), byPackageName), reason)
			return
		}
		for _, t := range s.targets {
			if t.sum == nil && t.anon == nil && t.fn != nil && !f.e.follows(t.fn, t.entry, t.mark) {
				f.unfollowedCall(t, pos, funcName(t.fn), ReasonNoCode)
			}
		}
		return
	}
	if s.fn == nil || catalogKnows(s.entry) || *s.mark != (model.MarkFact{}) {
		return
	}
	if !c.IsInvoke() {
		if !f.e.follows(s.fn, s.entry, s.mark) {
			f.unfollowedCall(s, pos, funcName(s.fn), ReasonNoCode)
		}
		return
	}
	for _, impl := range s.impls {
		known := f.e.calleeOf(impl)
		if f.e.follows(impl, known.entry, known.mark) {
			return
		}
	}
	reason := ReasonNoImpl
	if len(s.impls) > 0 {
		reason = ReasonImplsNoCode
	} else if f.e.implsCut[implKey{c.Value.Type(), s.fn.Name()}] {
		reason = ReasonTooManyImpls
	}
	f.unfollowedCall(s, pos, funcName(s.fn), reason)
}

// follows reports whether the engine knows what a call of fn does: the
// catalog or a mark says so, it is of the standard library (carried by
// the default, or opaque by the catalog's choice), or its code was
// analysed here or in a package whose facts are in sight.
func (e *Engine) follows(fn *types.Func, entry catalog.Entry, mark *model.MarkFact) bool {
	if catalogKnows(entry) || *mark != (model.MarkFact{}) {
		return true
	}
	if fn.Pkg() != nil && catalog.IsStandard(fn.Pkg().Path()) {
		return true
	}
	return e.summaryOfFunc(fn) != nil
}

// catalogKnows reports whether the catalog has a row for the function:
// besides what makes an entry non-empty, the package is one of I/O (its
// results carry nothing of what it is passed) or the call reads the
// request being served.
func catalogKnows(entry catalog.Entry) bool {
	return !entry.Empty() || entry.IO || len(entry.RequestReads) > 0
}

// unfollowedCall records s when its arguments carry identifiable data.
func (f *family) unfollowedCall(s *callSite, pos token.Pos, callee, reason string) {
	classes := map[string]bool{}
	for _, a := range s.args {
		for _, l := range f.taintOf(a).Data {
			if l.Concrete() && !l.Sanitized && model.IdentifiableClass(l.Class) {
				classes[l.Class] = true
			}
		}
	}
	if len(classes) == 0 {
		return
	}
	u := Unfollowed{Pos: pos, Callee: callee, Reason: reason}
	for c := range classes {
		u.Classes = append(u.Classes, c)
	}
	sort.Strings(u.Classes)
	f.unfollowed = append(f.unfollowed, u)
}

func byPackageName(p *types.Package) string { return p.Name() }

// sortUnfollowed orders us by position and callee and merges the repeats
// of one call site and callee (a literal's calls are collected with each
// solve of its family), joining their classes.
func sortUnfollowed(us []Unfollowed) []Unfollowed {
	sort.SliceStable(us, func(i, j int) bool {
		if us[i].Pos != us[j].Pos {
			return us[i].Pos < us[j].Pos
		}
		return us[i].Callee < us[j].Callee
	})
	out := us[:0]
	for _, u := range us {
		if n := len(out); n > 0 && out[n-1].Pos == u.Pos && out[n-1].Callee == u.Callee {
			out[n-1].Classes = joinClasses(out[n-1].Classes, u.Classes)
			continue
		}
		out = append(out, u)
	}
	return out
}

func joinClasses(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range append(append([]string{}, a...), b...) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}
