package phitest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
)

// checkWants checks act's diagnostics against the "// want" comments of
// its package's files as analysistest does for diagnostics: each
// diagnostic must match, by regular expression, one expectation of its
// line, and each expectation must be matched. Fact expectations
// (name:"re") are not checked by RunModule, so one is an error rather
// than a silent pass. The messages start with the file's position, as
// analysistest's do.
func checkWants(t analysistest.Testing, act *checker.Action) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
	type line struct {
		file string
		n    int
	}
	fset := act.Package.Fset
	wants := map[line][]*regexp.Regexp{}
	for _, f := range act.Package.Syntax {
		for _, g := range f.Comments {
			for _, c := range g.List {
				text, ok := wantText(c.Text)
				if !ok {
					continue
				}
				pos := fset.Position(c.Pos())
				res, err := parseWant(text)
				if err != nil {
					t.Errorf("%s:%d: in 'want' comment: %v", pos.Filename, pos.Line, err)
					continue
				}
				k := line{pos.Filename, pos.Line}
				wants[k] = append(wants[k], res...)
			}
		}
	}
	for _, d := range act.Diagnostics {
		pos := fset.Position(d.Pos)
		k := line{pos.Filename, pos.Line}
		matched := false
		for i, re := range wants[k] {
			if re.MatchString(d.Message) {
				wants[k] = append(wants[k][:i:i], wants[k][i+1:]...)
				matched = true
				break
			}
		}
		if !matched {
			t.Errorf("%v: unexpected diagnostic: %v", pos, d.Message)
		}
	}
	for k, res := range wants {
		for _, re := range res {
			t.Errorf("%s:%d: no diagnostic was reported matching %#q", k.file, k.n, re)
		}
	}
}

// wantText returns what follows "want" in a comment that starts with
// it (// want, /* want */), or holds "// want" (a comment on a comment),
// as analysistest reads them.
func wantText(comment string) (string, bool) {
	text := strings.TrimPrefix(comment, "//")
	if text == comment {
		text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
	}
	if i := strings.Index(text, "// want"); i >= 0 {
		text = text[i+len("// "):]
	}
	return strings.CutPrefix(strings.TrimSpace(text), "want")
}

// parseWant parses the expectations after "want": Go string literals,
// quoted or raw, each a regular expression.
func parseWant(s string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '"' && s[0] != '`' {
			return nil, fmt.Errorf("expectation %q is not a string literal (fact expectations are not checked in module runs)", s)
		}
		lit, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, err
		}
		s = s[len(lit):]
		pattern, _ := strconv.Unquote(lit)
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, err
		}
		out = append(out, re)
	}
	return out, nil
}
