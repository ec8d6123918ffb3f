package explain

import (
	"go/token"
	"go/types"
	"strings"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
)

// judgeSanitizers says which sanitizers the path passes and which of the
// flow's data they cleaned.
func judgeSanitizers(p flowmap.Package, fl taint.Flow, calls []guardCall, at func(token.Pos) string) []Guard {
	var clean, dirty []string
	for _, l := range fl.Data {
		if !l.Concrete() {
			continue
		}
		if l.Sanitized {
			clean = append(clean, l.Name)
		} else {
			dirty = append(dirty, l.Name)
		}
	}
	sink := flowmap.CallAt(p.Files, fl.Pos)
	var out []Guard
	for _, g := range calls {
		if !g.sanitize {
			continue
		}
		gd := Guard{Role: "sanitizer", Name: funcName(g.fn), Position: at(g.call.Pos()), pos: g.call.Pos()}
		inSink := sink != nil && within(g.call, sink)
		switch {
		case inSink && len(clean) > 0:
			gd.Holds = true
			gd.Verdict = "is in the sink's arguments: its result goes to the sink, and a sanitizer's result is not identifiable"
		case inSink:
			gd.Verdict = "is in the sink's arguments, but the data this flow reports does not pass through it"
		case len(clean) > 0:
			gd.Verdict = "is in a function on the path; the data sanitized on the way (" + strings.Join(clean, ", ") + ") may have passed through it"
		default:
			gd.Verdict = "is not on this flow's path: none of its data passes through it"
		}
		if cls := sanitizerClasses(p.Dir.Config, g.fn); cls != "" {
			gd.Verdict += "; phivet.yaml lists it for class " + cls + ", which only chooses suggested fixes: its result counts as not identifiable whatever the class"
		}
		out = append(out, gd)
	}
	if len(clean) > 0 && len(dirty) > 0 {
		out = append(out, Guard{Role: "sanitizer", Verdict: "sanitized on the way: " + strings.Join(clean, ", ") + "; not sanitized: " + strings.Join(dirty, ", ")})
	} else if len(clean) > 0 {
		out = append(out, Guard{Role: "sanitizer", Holds: true, Verdict: "all the data of this flow passed through a sanitizer on the way: " + strings.Join(clean, ", ")})
	} else if len(out) == 0 {
		out = append(out, Guard{Role: "sanitizer", Verdict: "no sanitizer is called on the path"})
	}
	return out
}

// sanitizerClasses lists the classes phivet.yaml gives the sanitizer, or
// "" when it gives none.
func sanitizerClasses(cfg *config.Config, fn *types.Func) string {
	if cfg == nil {
		return ""
	}
	for _, s := range cfg.Sanitizers {
		if len(s.Classes) == 0 {
			continue
		}
		if pat, err := config.CompilePattern(s.Func); err == nil && pat.Match(fn.FullName()) {
			var cs []string
			for _, c := range s.Classes {
				cs = append(cs, c.String())
			}
			if len(cs) == 1 {
				return cs[0] + " only"
			}
			return strings.Join(cs, ", ")
		}
	}
	return ""
}
