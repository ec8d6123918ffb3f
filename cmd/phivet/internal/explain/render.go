package explain

import (
	"fmt"
	"io"
	"strings"

	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
)

// JSON writes the report as indented JSON.
func JSON(w io.Writer, r *Report) error { return flowmap.IndentedJSON(w, r) }

// Text writes the report for people.
func Text(w io.Writer, r *Report) error {
	var b strings.Builder
	if r.Empty() {
		fmt.Fprintf(&b, "%s:%d: no flow of identifiable data is judged and nothing is reported at this line\n", r.File, r.Line)
		if len(r.Nearby) > 0 {
			var ls []string
			for _, l := range r.Nearby {
				ls = append(ls, fmt.Sprintf("%s:%d", r.File, l))
			}
			fmt.Fprintf(&b, "flows are judged nearby, at %s\n", strings.Join(ls, ", "))
		}
		// A flow may go through a package outside those analysed (an
		// implementation nothing in them imports): say which they were.
		if len(r.Packages) > 0 {
			fmt.Fprintf(&b, "packages analysed: %s (name others after FILE:LINE)\n", strings.Join(r.Packages, " "))
		}
	}
	for i, f := range r.Flows {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s:%d:%d: flow to %s (%s) in %s\n", r.File, r.Line, f.Column, f.Sink, f.Kind, f.Function)
		fmt.Fprintf(&b, "  verdict: %s\n", f.Verdict)
		fmt.Fprintf(&b, "  policy:  %s\n", f.Policy)
		if len(f.Data) > 0 {
			b.WriteString("  data:\n")
			for _, d := range f.Data {
				fmt.Fprintf(&b, "    %s (%s)", d.Name, d.Class)
				if d.Sanitized {
					b.WriteString(", sanitized on the way")
				}
				if d.Origin != "" {
					fmt.Fprintf(&b, ", first seen at %s", d.Origin)
				}
				b.WriteString("\n")
			}
		}
		b.WriteString("  path, source to sink:\n")
		if len(f.Path) == 0 {
			b.WriteString("    (phivet recorded no steps: the data is read and reaches the sink at this place)\n")
		}
		for _, s := range f.Path {
			where := s.Position
			if where == "" {
				where = "(in another package)"
			}
			fmt.Fprintf(&b, "    %s: %s\n", where, s.Message)
		}
		b.WriteString("  checks, audits and sanitizers considered:\n")
		for _, g := range f.Guards {
			mark := "-"
			if g.Holds {
				mark = "+"
			}
			switch {
			case g.Name != "":
				fmt.Fprintf(&b, "    %s %s %s at %s %s\n", mark, g.Role, g.Name, g.Position, g.Verdict)
			default:
				fmt.Fprintf(&b, "    %s %s: %s\n", mark, g.Role, g.Verdict)
			}
		}
	}
	for _, f := range r.Findings {
		if len(r.Flows) > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s (%s)\n  not a flow of data: `phivet -explain %s` says what it means and how to fix it\n", r.File, r.Line, f.Column, f.Message, f.Code, f.Code)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Empty reports whether nothing is judged or reported at the line.
func (r *Report) Empty() bool { return len(r.Flows) == 0 && len(r.Findings) == 0 }

// HasFlow reports whether a flow judged at column col is reported as code.
func (r *Report) HasFlow(code string, col int) bool {
	for _, f := range r.Flows {
		if f.Code == code && f.Column == col {
			return true
		}
	}
	return false
}
