// Package analyzerdoc takes an analyzer's Doc from its package's doc
// comment, as golang.org/x/tools' own passes do, so that the text go doc
// shows and the text drivers print (go vet help, golangci-lint) are one.
//
// The package doc comment has a section
//
//	# Analyzer NAME
//
//	NAME: one-line summary
//
//	More paragraphs.
//
// and the Doc is that section from the summary to the next heading.
package analyzerdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// MustExtract returns the Doc of the analyzer called name from content,
// the source of the file holding its package doc comment. It panics when
// there is none: a malformed doc comment is a bug in phivet, found by any
// test that loads the package.
func MustExtract(content, name string) string {
	doc, err := Extract(content, name)
	if err != nil {
		panic(fmt.Sprintf("analyzer %s: %v", name, err))
	}
	return doc
}

// Extract is MustExtract returning an error.
func Extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("not a Go source file: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("no package doc comment")
	}
	heading := "Analyzer " + name
	for _, section := range strings.Split(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, heading)
		if !ok || body == "" || body[0] != '\n' {
			continue
		}
		body = strings.TrimSpace(body)
		summary, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("%q heading not followed by a %q line", "# "+heading, name+": summary")
		}
		return strings.TrimSpace(summary), nil
	}
	return "", fmt.Errorf("package doc comment has no %q heading", "# "+heading)
}

// Describe gives a its Doc, the section for a.Name of the package doc
// comment in docFile (see MustExtract), and its URL, and returns a for
// the rest of its set-up. Each analyzer calls it from its init, with
// docFile the source of its doc.go, which embeds itself.
func Describe(a *analysis.Analyzer, docFile, url string) *analysis.Analyzer {
	a.Doc = MustExtract(docFile, a.Name)
	a.URL = url
	return a
}
