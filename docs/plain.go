package docs

import "strings"

// plain renders the small Markdown subset the code pages use as text for a
// terminal. A terminal shows Markdown syntax literally, and `#` or ``` lines
// are noise there, so:
//
//   - heading hashes are removed ("## Fix" becomes "Fix");
//   - code fence lines are dropped, and each line inside a fence is indented
//     by 4 spaces, with its leading tabs expanded to 4 spaces each, so code
//     stands out from prose and does not jump to 8-column tab stops;
//   - backticks around inline code are removed.
//
// Everything else (paragraphs, lists, blank lines) passes through unchanged;
// the pages are hard-wrapped, so no re-wrapping is needed. It is deliberately
// not a general Markdown renderer: the pages are ours, and a test keeps them
// within this subset.
func plain(md string) string {
	var b strings.Builder
	inFence := false
	for _, line := range strings.Split(strings.TrimRight(md, "\n"), "\n") {
		line = strings.TrimRight(line, " \t\r")
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
			continue
		}
		switch {
		case inFence:
			if line != "" {
				b.WriteString("    ")
				b.WriteString(expandLeadingTabs(line))
			}
		case isHeading(line):
			b.WriteString(stripInline(strings.TrimSpace(strings.TrimLeft(line, "#"))))
		default:
			b.WriteString(stripInline(line))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// isHeading reports whether line is an ATX heading: 1–6 '#' then a space.
func isHeading(line string) bool {
	n := len(line) - len(strings.TrimLeft(line, "#"))
	return n >= 1 && n <= 6 && len(line) > n && line[n] == ' '
}

// stripInline removes inline-code backticks from prose.
func stripInline(s string) string {
	return strings.ReplaceAll(s, "`", "")
}

// expandLeadingTabs turns each leading tab into 4 spaces; tabs after the
// first non-tab character (gofmt's column alignment) are left alone.
func expandLeadingTabs(s string) string {
	n := len(s) - len(strings.TrimLeft(s, "\t"))
	return strings.Repeat("    ", n) + s[n:]
}

// PlainText renders Markdown of the same subset as the code pages for a
// terminal, as plain does, for generated pages such as the packs'; their
// "generated, do not edit" comment is for the repository, not the terminal.
func PlainText(md string) string {
	var kept []string
	for _, l := range strings.Split(md, "\n") {
		if !strings.HasPrefix(l, "<!--") {
			kept = append(kept, l)
		}
	}
	return plain(strings.Join(kept, "\n"))
}
