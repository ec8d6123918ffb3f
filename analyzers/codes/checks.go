package codes

import (
	"fmt"
	"strings"
)

// Selection is a parsed -checks list: which codes are enabled.
type Selection struct{ on map[Code]bool }

// ParseSelection reads a -checks value in staticcheck's form: a
// comma-separated list applied in order, where "all" enables every code,
// "PHI1001" or a prefix pattern "PHI1*" enables codes and a leading "-"
// disables them ("all,-PHI3001"). An empty value means "all". An entry
// that names no code is an error, so a typo never silently disables a
// check.
func ParseSelection(s string) (Selection, error) {
	c := Selection{on: map[Code]bool{}}
	if strings.TrimSpace(s) == "" {
		s = "all"
	}
	for _, tok := range strings.Split(s, ",") {
		tok = strings.TrimSpace(tok)
		enable := true
		if rest, ok := strings.CutPrefix(tok, "-"); ok {
			tok, enable = rest, false
		}
		matched := false
		for _, info := range All {
			if matchCheck(tok, string(info.Code)) {
				c.on[info.Code] = enable
				matched = true
			}
		}
		if !matched {
			return Selection{}, fmt.Errorf("-checks: %q matches no code (codes are PHI1001–PHI1004, PHI2001–PHI2004, PHI3001–PHI3002; \"all\" for every one)", tok)
		}
	}
	return c, nil
}

func matchCheck(pat, code string) bool {
	switch {
	case pat == "all" || pat == "*":
		return true
	case strings.HasSuffix(pat, "*"):
		return strings.HasPrefix(code, strings.TrimSuffix(pat, "*"))
	}
	return pat == code
}

// Enabled reports whether code is enabled. The zero Selection enables all.
func (c Selection) Enabled(code Code) bool {
	if c.on == nil {
		return true
	}
	return c.on[code]
}
