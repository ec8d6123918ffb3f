// Package redact makes identifiable values safe to show.
package redact

import "strings"

// Initials keeps the first letter of each word of a name.
func Initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteString(w[:1] + ".")
	}
	return b.String()
}

// Outward keeps the outward code of a postcode.
func Outward(pc string) string {
	out, _, _ := strings.Cut(pc, " ")
	return out
}

// Label is what the ward board shows.
func Label(name string) string { return Initials(name) }
