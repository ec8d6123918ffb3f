package flowmap

import (
	"cmp"
	"fmt"
	"sort"
	"strings"

	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
)

// UnfollowedCallee is a callee phivet cannot follow that identifiable
// data reaches, with every call that passes it such data (docs/map.md,
// "Coverage"): what the callee does with the data is unknown, so a path
// through it may be cut.
type UnfollowedCallee struct {
	Callee  string           `json:"callee"` // "pkg.Func", "(*pkg.T).M", "dynamic call of func(string)"
	Reason  string           `json:"reason"` // why it cannot be followed
	Classes string           `json:"class"`  // the classes of the data passed, as "direct, clinical"
	Count   int              `json:"count"`  // len(Calls)
	Calls   []UnfollowedCall `json:"calls"`
}

// UnfollowedCall is one call of an unfollowed callee.
type UnfollowedCall struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Function string `json:"function"` // the enclosing function
	Classes  string `json:"class"`
	// Via is, for a call inside a function this call passes the data
	// to, where that inner call is ("pkg/helper.go:12", or "helper.go:12:3"
	// in a package not mapped); "" for a call made here.
	Via string `json:"via"`
}

// unfollowed groups the packages' unfollowed calls by callee and reason,
// the callees with the most calls first.
func unfollowed(pkgs []Package, rel func(string) string) []UnfollowedCallee {
	type key struct{ callee, reason string }
	type callKey struct {
		file      string
		line, col int
		callee    string
		via       string
	}
	groups := map[key]*UnfollowedCallee{}
	seen := map[callKey]bool{} // a package and its test variant share calls
	for p, flow := range flowResults(pkgs) {
		for _, u := range flow.Unfollowed {
			ps := p.Fset.Position(u.Pos)
			call := UnfollowedCall{File: rel(ps.Filename), Line: ps.Line, Function: EnclosingFunc(p.Files, u.Pos), Classes: strings.Join(vocab.Words(u.Classes), ", "), Via: via(p, u.Via, rel)}
			id := callKey{call.File, ps.Line, ps.Column, u.Callee, call.Via}
			if seen[id] {
				continue
			}
			seen[id] = true
			k := key{u.Callee, u.Reason}
			g := groups[k]
			if g == nil {
				g = &UnfollowedCallee{Callee: u.Callee, Reason: u.Reason}
				groups[k] = g
			}
			g.Calls = append(g.Calls, call)
			g.Classes = joinClassList(g.Classes, vocab.Words(u.Classes))
		}
	}
	out := []UnfollowedCallee{}
	for _, g := range groups {
		g.Count = len(g.Calls)
		sort.Slice(g.Calls, func(i, j int) bool {
			a, c := g.Calls[i], g.Calls[j]
			return cmp.Or(cmp.Compare(a.File, c.File), cmp.Compare(a.Line, c.Line), cmp.Compare(a.Via, c.Via)) < 0
		})
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, c := out[i], out[j]
		// Most calls first.
		return cmp.Or(cmp.Compare(c.Count, a.Count), cmp.Compare(a.Callee, c.Callee), cmp.Compare(a.Reason, c.Reason)) < 0
	})
	return out
}

// via renders where the inner call of u is as file and line: a position
// in sight (the program's packages share a file set), or a place from a
// fact ("/src/relay/relay.go:10:2").
func via(p Package, at taint.Step, rel func(string) string) string {
	if at.Pos.IsValid() {
		ps := p.Fset.Position(at.Pos)
		return fmt.Sprintf("%s:%d", rel(ps.Filename), ps.Line)
	}
	col := strings.LastIndex(at.Where, ":")
	if col < 0 {
		return at.Where
	}
	line := strings.LastIndex(at.Where[:col], ":")
	if line < 0 {
		return at.Where
	}
	return rel(at.Where[:line]) + at.Where[line:col]
}

// joinClassList adds classes to the list have ("direct, clinical"),
// keeping it sorted and without repeats.
func joinClassList(have string, classes []string) string {
	set := map[string]bool{}
	if have != "" {
		for _, c := range strings.Split(have, ", ") {
			set[c] = true
		}
	}
	for _, c := range classes {
		set[c] = true
	}
	list := make([]string, 0, len(set))
	for c := range set {
		list = append(list, c)
	}
	sort.Strings(list)
	return strings.Join(list, ", ")
}

// maxCallsShown bounds the calls the Markdown and HTML maps show for one
// callee: a library called from hundreds of places would bury the rest
// of the section. The JSON map lists them all.
const maxCallsShown = 5

// noUnfollowed is what the map says when every call passed identifiable
// data is followed.
const noUnfollowed = "Every call passed identifiable data goes to a callee phivet follows."

// unfollowedLead is the sentence that opens the list of n calls.
func unfollowedLead(n int) string {
	calls := fmt.Sprintf("%d calls pass", n)
	if n == 1 {
		calls = "1 call passes"
	}
	return calls + " identifiable data to a callee phivet cannot follow: what the callee does with it is unknown, so a path through it may be cut."
}

func shownCalls(cs []UnfollowedCall) []UnfollowedCall {
	return cs[:min(len(cs), maxCallsShown)]
}

// moreCalls is how many calls shownCalls leaves out.
func moreCalls(cs []UnfollowedCall) int {
	return max(len(cs)-maxCallsShown, 0)
}

// unfollowedMarkdown writes the unfollowed callees, part of coverage.
func unfollowedMarkdown(b *strings.Builder, m *Map) {
	if !coverageSection(b, "Calls phivet cannot follow", len(m.Unfollowed), noUnfollowed, unfollowedLead(m.Summary.Unfollowed),
		"callee", "calls", "data", "why", "where") {
		return
	}
	for _, u := range m.Unfollowed {
		var where []string
		for _, c := range shownCalls(u.Calls) {
			w := fmt.Sprintf("`%s:%d` (`%s`)", c.File, c.Line, c.Function)
			if c.Via != "" {
				w += fmt.Sprintf(" through `%s`", c.Via)
			}
			where = append(where, w)
		}
		if n := moreCalls(u.Calls); n > 0 {
			where = append(where, fmt.Sprintf("and %d more", n))
		}
		fmt.Fprintf(b, "| `%s` | %d | `%s` | %s | %s |\n", u.Callee, u.Count, u.Classes, mdCell(u.Reason), strings.Join(where, ", "))
	}
}
