package docs

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/codes"
)

// Each code has a page whose title line is exactly "# CODE: Info.Title", so
// the page, -explain and the SARIF shortDescription cannot drift apart.
func TestEveryCodeHasPageWithMatchingTitle(t *testing.T) {
	for _, info := range codes.All {
		md, ok := Code(string(info.Code))
		if !ok {
			t.Errorf("%s: no page docs/codes/%s.md", info.Code, info.Code)
			continue
		}
		first, _, _ := strings.Cut(md, "\n")
		if want := "# " + string(info.Code) + ": " + info.Title; first != want {
			t.Errorf("%s: title line\n got %q\nwant %q", info.Code, first, want)
		}
	}
}

// A page for a code that does not exist would be shipped and never shown.
func TestNoStrayPages(t *testing.T) {
	names, err := fs.Glob(pages, "codes/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		c := strings.TrimSuffix(path.Base(n), ".md")
		if _, ok := codes.Lookup(codes.Code(c)); !ok {
			t.Errorf("%s: no such code in codes.All", n)
		}
	}
}

func TestPageStructure(t *testing.T) {
	sections := []string{"## What it means", "## Why it matters", "## Example", "## Fix", "## Suppressing"}
	for _, info := range codes.All {
		c := string(info.Code)
		md, _ := Code(c)
		for _, s := range sections {
			if !strings.Contains(md, "\n"+s+"\n") {
				t.Errorf("%s: missing section %q", c, s)
			}
		}
		for _, s := range []string{"-checks 'all,-" + c + "'", "```go\n"} {
			if !strings.Contains(md, s) {
				t.Errorf("%s: page does not mention %q", c, s)
			}
		}
		if !strings.Contains(md, "//phi:ignore") {
			t.Errorf("%s: page does not explain //phi:ignore", c)
		}
		why := section(md, "## Why it matters")
		if !strings.Contains(why, "GMC") && !strings.Contains(why, "HCPC") &&
			!strings.Contains(why, "NHS guide") && !strings.Contains(why, "Caldicott") {
			t.Errorf("%s: 'Why it matters' cites no guidance", c)
		}
		if strings.Count(md, "```")%2 != 0 {
			t.Errorf("%s: unbalanced code fence", c)
		}
		// plain renders only a subset of Markdown; keep the pages within it.
		inFence := false
		for i, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "```") {
				inFence = !inFence
			}
			if !inFence && (strings.HasPrefix(l, "|") || strings.Contains(l, "](") || strings.Contains(l, "**")) {
				t.Errorf("%s:%d: table, link or bold is not rendered by -explain: %q", c, i+1, l)
			}
		}
		if s, ok := Summary(c); !ok || len(s) < 40 {
			t.Errorf("%s: summary paragraph missing or too short: %q", c, s)
		}
		if n := strings.Count(md, "\n"); n > 100 {
			t.Errorf("%s: page is %d lines; keep it to a screen or two", c, n)
		}
	}
}

func TestSpecificContent(t *testing.T) {
	for code, want := range map[string]string{
		"PHI3001": "the full list of name patterns is in docs/discovery.md",
		"PHI1004": "reported even\nwhen a disclosure check or an audit holds",
		"PHI1003": "`respond`",
		"PHI2001": "Returning the result, or storing it in a struct field",
		"PHI2002": "`//phi:ignore`\nwithout a reason",
	} {
		md, _ := Code(code)
		if !strings.Contains(md, want) {
			t.Errorf("%s: page lacks %q", code, want)
		}
	}
}

func TestCodeLookup(t *testing.T) {
	for _, c := range []string{"PHI1001", "phi1001", " PHI1001\n"} {
		if _, ok := Code(c); !ok {
			t.Errorf("Code(%q) not found", c)
		}
	}
	for _, c := range []string{"", "PHI9999", "../docs", "codes/PHI1001", "PHI1001.md", "*"} {
		if _, ok := Code(c); ok {
			t.Errorf("Code(%q) found a page", c)
		}
		if _, ok := CodeText(c); ok {
			t.Errorf("CodeText(%q) found a page", c)
		}
	}
}

func TestCodeText(t *testing.T) {
	txt, ok := CodeText("PHI1001")
	if !ok {
		t.Fatal("no text for PHI1001")
	}
	lines := strings.Split(txt, "\n")
	if want := "PHI1001: identifiable data reaches a log sink unacceptably"; lines[0] != want {
		t.Errorf("first line %q, want %q", lines[0], want)
	}
	for _, want := range []string{
		"\nWhat it means\n",
		"\n    type Patient struct {\n",
		"\n        NHSNumber string `phi:\"direct\"`\n", // code keeps its backticks
		"\n    func Admit(p *Patient) {\n",
		"\n        log.Printf(\"admitting %s (%s)\", p.Name, p.NHSNumber) // PHI1001\n",
		"\nPut //phi:ignore REASON at the end of the line",
		"pass -checks 'all,-PHI1001' to phivet.",
	} {
		if !strings.Contains(txt, want) {
			t.Errorf("CodeText lacks %q", want)
		}
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "#") || strings.Contains(l, "```") || strings.Contains(l, "\t") {
			t.Errorf("line %d not plain: %q", i+1, l)
		}
	}
	if !strings.HasSuffix(txt, "phivet.yaml.\n") {
		t.Errorf("text should end with the last line and one newline: %q", txt[len(txt)-30:])
	}
}

func TestPlain(t *testing.T) {
	md := "# PHI0000: a title\n\nSome `code` here.\n\n## Example\n\n```go\nfunc f() {\n\tif x {\n\t\ty()  // z\n\t}\n\n}\n```\n\n- a `list`\n"
	want := "PHI0000: a title\n\nSome code here.\n\nExample\n\n    func f() {\n        if x {\n            y()  // z\n        }\n\n    }\n\n- a list\n"
	if got := plain(md); got != want {
		t.Errorf("plain:\n got %q\nwant %q", got, want)
	}
}

func TestSummary(t *testing.T) {
	s, ok := Summary("PHI1004")
	want := "Identifiable patient data is placed in the path or query of a URL. This is reported even when a disclosure check or an audit holds; only a sanitizer makes it acceptable."
	if !ok || s != want {
		t.Errorf("Summary(PHI1004) = %q, %v; want %q", s, ok, want)
	}
}

// section returns the text of the section that starts with heading.
func section(md, heading string) string {
	_, rest, ok := strings.Cut(md, heading+"\n")
	if !ok {
		return ""
	}
	if i := strings.Index(rest, "\n## "); i >= 0 {
		rest = rest[:i]
	}
	return rest
}
