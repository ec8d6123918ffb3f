// Package redact turns identifiable values into ones that are safe to show.
package redact

import (
	"strings"
	"time"

	"example.com/clinic/model"
)

// Name returns the initials of a name: "Ada Example" becomes "A. E.".
//
//phi:sanitize
func Name(name string) string {
	var b strings.Builder
	for i, part := range strings.Fields(name) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(part[:1])
		b.WriteByte('.')
	}
	return b.String()
}

// NHSNumber keeps the last three digits of an NHS number.
//
//phi:sanitize
func NHSNumber(n model.NHSNumber) string {
	s := string(n)
	if len(s) < 3 {
		return "***"
	}
	return "*******" + s[len(s)-3:]
}

// Postcode keeps the outward code of a UK postcode: "SW1A 1AA" becomes "SW1A".
//
//phi:sanitize
func Postcode(pc string) string {
	outward, _, _ := strings.Cut(strings.TrimSpace(pc), " ")
	return strings.ToUpper(outward)
}

// BirthYear keeps the year of a date of birth.
//
//phi:sanitize
func BirthYear(t time.Time) int { return t.Year() }
