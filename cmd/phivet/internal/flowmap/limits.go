package flowmap

import (
	"cmp"
	"fmt"
	"sort"
	"strings"

	"github.com/phivet/phivet/analyzers/taint"
)

// LimitReached is a function where the engine reached an internal bound
// that can cut a path (docs/map.md, "Coverage"): what lies past the
// bound is dropped, so a path through the function may be missed.
type LimitReached struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Function string `json:"function"`
	Bound    string `json:"bound"`   // the engine's constant: "maxBaseChain"
	Meaning  string `json:"meaning"` // what reaching it means
}

// limits lists the packages' limits reached, one per function and bound,
// by file and line.
func limits(pkgs []Package, rel func(string) string) []LimitReached {
	out := []LimitReached{}
	seen := map[LimitReached]bool{} // a package and its test variant share functions
	for p, flow := range flowResults(pkgs) {
		for _, l := range flow.Limits {
			ps := p.Fset.Position(l.Pos)
			lr := LimitReached{File: rel(ps.Filename), Line: ps.Line, Function: EnclosingFunc(p.Files, l.Pos), Bound: l.Bound, Meaning: taint.Bounds[l.Bound]}
			if !seen[lr] {
				seen[lr] = true
				out = append(out, lr)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, c := out[i], out[j]
		return cmp.Or(cmp.Compare(a.File, c.File), cmp.Compare(a.Line, c.Line), cmp.Compare(a.Bound, c.Bound)) < 0
	})
	return out
}

// limitedFunctions counts the functions of ls.
func limitedFunctions(ls []LimitReached) int {
	funcs := map[string]bool{}
	for _, l := range ls {
		funcs[fmt.Sprintf("%s:%d", l.File, l.Line)] = true
	}
	return len(funcs)
}

// noLimits is what the map says when no function reached a limit.
const noLimits = "No function reached an internal limit of the analysis."

// limitsLead is the sentence that opens the list of n functions.
func limitsLead(n int) string {
	if n == 1 {
		return "In 1 function the analysis reached an internal limit past which it drops what it follows, so a path through it may be cut."
	}
	return fmt.Sprintf("In %d functions the analysis reached an internal limit past which it drops what it follows, so a path through them may be cut.", n)
}

// limitsMarkdown writes the functions where a limit was reached, part of
// coverage.
func limitsMarkdown(b *strings.Builder, m *Map) {
	if !coverageSection(b, "Functions where an internal limit was reached", len(m.Limits), noLimits, limitsLead(m.Summary.Limited),
		"where", "function", "limit", "what it means") {
		return
	}
	for _, l := range m.Limits {
		fmt.Fprintf(b, "| `%s:%d` | `%s` | `%s` | %s |\n", l.File, l.Line, l.Function, l.Bound, mdCell(l.Meaning))
	}
}

// coverageSection opens a part of the map's coverage that lists n
// things: its heading, then the lead sentence and the header of the
// table of columns; or, when n is 0, the sentence none saying there is
// nothing, and false.
func coverageSection(b *strings.Builder, heading string, n int, none, lead string, columns ...string) bool {
	b.WriteString("### " + heading + "\n\n")
	if n == 0 {
		b.WriteString(none + "\n")
		return false
	}
	b.WriteString(lead + "\n\n")
	b.WriteString("| " + strings.Join(columns, " | ") + " |\n|" + strings.Repeat(" --- |", len(columns)) + "\n")
	return true
}
