package analyzerdoc

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

const source = `// Package p does things.
//
// # Analyzer p
//
// p: report things
//
// Reports P1 for a thing.
//
// # Details
//
// Not part of the Doc.
package p
`

func TestExtract(t *testing.T) {
	got, err := Extract(source, "p")
	if err != nil {
		t.Fatal(err)
	}
	if want := "report things\n\nReports P1 for a thing."; got != want {
		t.Errorf("Extract = %q, want %q", got, want)
	}
}

func TestExtractErrors(t *testing.T) {
	for _, c := range []struct{ content, name, err string }{
		{"package p\n", "p", "no package doc comment"},
		{source, "q", `no "# Analyzer q" heading`},
		{strings.Replace(source, "p: report", "report", 1), "p", `not followed by a "p: summary" line`},
		{"not go", "p", "not a Go source file"},
	} {
		_, err := Extract(c.content, c.name)
		if err == nil || !strings.Contains(err.Error(), c.err) {
			t.Errorf("Extract(%q, %q) = %v, want an error containing %q", c.content, c.name, err, c.err)
		}
	}
}

func TestDescribe(t *testing.T) {
	a := &analysis.Analyzer{Name: "p"}
	if got := Describe(a, source, "https://example.com/p"); got != a {
		t.Errorf("Describe returned %p, want its argument %p", got, a)
	}
	if a.Doc != "report things\n\nReports P1 for a thing." || a.URL != "https://example.com/p" {
		t.Errorf("Describe set Doc %q, URL %q", a.Doc, a.URL)
	}
}
