package redact

import "time"

//phi:sanitize
func Name(s string) string { return s[:1] + "." }

//phi:sanitize
func Postcode(s string) string { return s[:2] }

//phi:sanitize
func Year(t time.Time) int { return t.Year() }
