// Package docs holds phivet's user documentation and embeds the per-code pages
// (codes/PHIxxxx.md) into the binary.
//
// The pages are embedded rather than linked so that there is exactly one text
// per code: the same Markdown is what GitHub renders in the repository, what
// `phivet -explain CODE` prints (as plain text) and what SARIF carries as the
// rule help shown next to a code-scanning alert. A test ties each page's title
// to codes.Info.Title so the three cannot drift apart.
package docs

import (
	"embed"
	"strings"
)

//go:embed codes/*.md
var pages embed.FS

// Code returns the Markdown page for code ("PHI1001"), as stored in
// docs/codes. Case and surrounding space are forgiven because the argument
// usually comes straight from a user typing `phivet -explain phi1001`.
func Code(code string) (markdown string, ok bool) {
	c := strings.ToUpper(strings.TrimSpace(code))
	// Refuse anything that is not a plain file name, so a user-supplied code
	// can never address another embedded file.
	if c == "" || strings.ContainsAny(c, `/\.`) {
		return "", false
	}
	b, err := pages.ReadFile("codes/" + c + ".md")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// CodeText returns the page for code rendered as plain terminal text, for
// `phivet -explain`: see plain for what the rendering does.
func CodeText(code string) (string, bool) {
	md, ok := Code(code)
	if !ok {
		return "", false
	}
	return plain(md), true
}

// Summary returns the first paragraph after the page's title as one line of
// plain text. It is the "what it means in one breath" that SARIF shows as a
// rule's fullDescription, taken from the page so it cannot disagree with it.
func Summary(code string) (string, bool) {
	md, ok := Code(code)
	if !ok {
		return "", false
	}
	var para []string
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		if i == 0 && strings.HasPrefix(l, "#") {
			continue // the title
		}
		l = strings.TrimSpace(l)
		if l == "" {
			if len(para) > 0 {
				break
			}
			continue
		}
		if strings.HasPrefix(l, "#") || strings.HasPrefix(l, "```") {
			break // a page without a summary paragraph
		}
		para = append(para, stripInline(l))
	}
	if len(para) == 0 {
		return "", false
	}
	return strings.Join(para, " "), true
}
