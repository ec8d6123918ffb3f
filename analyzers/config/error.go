package config

import "strconv"

// Error is a configuration error. The phivet command prints it and exits
// with status 2 before any analysis, so it must say exactly where to look.
type Error struct {
	File string // as given to Parse or Load
	Line int    // 1-based; 0 when the YAML parser could not say
	Key  string // YAML path of the offending key, e.g. "sinks[1].kind"; "" for the whole file
	Msg  string
}

// Error formats e as "FILE:LINE: KEY: MSG". A part that is unknown (no
// line from a YAML syntax error, no key for a problem with the whole file)
// is left out with its separator rather than printed empty.
func (e *Error) Error() string {
	s := e.File
	if e.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(e.Line)
	}
	for _, part := range []string{e.Key, e.Msg} {
		if part == "" {
			continue
		}
		if s != "" {
			s += ": "
		}
		s += part
	}
	return s
}
