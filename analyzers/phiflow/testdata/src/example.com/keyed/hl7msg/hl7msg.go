// Package hl7msg is a small message library read by path strings such as
// "PID.5.1" (segment, field, component).
package hl7msg

import "strings"

// Message is a parsed message.
type Message struct {
	Segments map[string][]string
}

// Find returns the value at path.
func (m *Message) Find(path string) (string, error) {
	seg, rest, _ := strings.Cut(path, ".")
	fields := m.Segments[seg]
	if rest == "" || len(fields) == 0 {
		return "", nil
	}
	return fields[0], nil
}
