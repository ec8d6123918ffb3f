package config

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Pattern is a compiled name from phivet.yaml. The analyzers match every
// called function against every configured name, so Match neither
// allocates nor backtracks across segments.
//
// A '*' matches any run of characters within one segment, where segments
// are separated by '/' and '.': "example.com/ehr/redact.*" matches every
// function of that package but nothing in a sub-package, and a '*' cannot
// match a dot inside a versioned path such as "yaml.v3". A '*' right after
// '(' is the pointer marker of a method's receiver, not a wildcard.
type Pattern struct {
	text string
	segs []segment // nil for a literal pattern
}

// segment is the part of a pattern between separators, split at its
// wildcards: it matches a string that starts with pieces[0], ends with the
// last piece and contains the middle ones in order.
type segment struct {
	pieces []string
	sep    byte // the separator after this segment; 0 for the last one
}

// CompilePattern compiles name. It checks only what matching needs (a
// non-empty name without spaces); Parse has already checked the shape of
// every name in a Config.
func CompilePattern(name string) (Pattern, error) {
	if name == "" {
		return Pattern{}, fmt.Errorf("empty name")
	}
	if i := strings.IndexFunc(name, unicode.IsSpace); i >= 0 && !inTypeParams(name, i) {
		return Pattern{}, fmt.Errorf("name %q contains a space", name)
	}
	p := Pattern{text: name}
	if !hasWildcard(name) {
		return p, nil
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '.' && name[i] != '/' {
			continue
		}
		seg := segment{pieces: splitWildcards(name[:i], start)}
		if i < len(name) {
			seg.sep = name[i]
		}
		p.segs = append(p.segs, seg)
		start = i + 1
	}
	return p, nil
}

// inTypeParams reports whether name[i] is the space of ", " in a generic
// receiver's type parameters, as types.Func.FullName prints them.
func inTypeParams(name string, i int) bool {
	return i > 0 && name[i-1] == ',' && strings.LastIndexByte(name[:i], '[') > strings.LastIndexByte(name[:i], ']')
}

func isWildcard(s string, i int) bool {
	return s[i] == '*' && (i == 0 || s[i-1] != '(')
}

func hasWildcard(s string) bool {
	for i := range len(s) {
		if isWildcard(s, i) {
			return true
		}
	}
	return false
}

// splitWildcards splits s[start:] at its wildcards. s is passed whole so
// that a '*' at start can tell whether a '(' precedes it.
func splitWildcards(s string, start int) []string {
	var pieces []string
	from := start
	for i := start; i < len(s); i++ {
		if isWildcard(s, i) {
			pieces = append(pieces, s[from:i])
			from = i + 1
		}
	}
	return append(pieces, s[from:])
}

// IsLiteral reports whether p has no wildcard, so that a caller can look it
// up in a map instead of matching it.
func (p Pattern) IsLiteral() bool { return p.segs == nil }

// String returns the name p was compiled from.
func (p Pattern) String() string { return p.text }

// Match reports whether fullName, as printed by types.Func.FullName or
// types.TypeString, matches p. The zero Pattern matches nothing.
func (p Pattern) Match(fullName string) bool {
	if p.segs == nil {
		return p.text != "" && fullName == p.text
	}
	s := fullName
	for _, seg := range p.segs {
		part := s
		if seg.sep != 0 {
			i := strings.IndexAny(s, "./")
			if i < 0 || s[i] != seg.sep {
				return false
			}
			part, s = s[:i], s[i+1:]
		} else if strings.ContainsAny(s, "./") {
			return false
		}
		if !seg.match(part) {
			return false
		}
	}
	return true
}

func (seg segment) match(s string) bool {
	ps := seg.pieces
	if len(ps) == 1 {
		return s == ps[0]
	}
	first, last := ps[0], ps[len(ps)-1]
	if len(s) < len(first)+len(last) || !strings.HasPrefix(s, first) || !strings.HasSuffix(s, last) {
		return false
	}
	s = s[len(first) : len(s)-len(last)]
	// Leftmost matching of the middle pieces is enough: a wildcard can
	// absorb anything in between, so an earlier match never hurts a later one.
	for _, piece := range ps[1 : len(ps)-1] {
		i := strings.Index(s, piece)
		if i < 0 {
			return false
		}
		s = s[i+len(piece):]
	}
	return true
}

// Covers reports whether every name q matches is matched by p. It is
// exact when q is literal, and conservative otherwise: for two wildcard
// patterns it compares segment by segment, and says false when in doubt,
// so that a configuration entry is never called useless wrongly.
func (p Pattern) Covers(q Pattern) bool {
	if q.segs == nil {
		return p.Match(q.text)
	}
	if p.segs == nil || len(p.segs) != len(q.segs) {
		return false
	}
	for i, ps := range p.segs {
		if ps.sep != q.segs[i].sep || !ps.covers(q.segs[i]) {
			return false
		}
	}
	return true
}

// covers reports whether every string q matches, seg matches: q is seg,
// q is literal and seg matches it, or seg has one wildcard whose prefix
// begins q and whose suffix ends it.
func (seg segment) covers(q segment) bool {
	if slices.Equal(seg.pieces, q.pieces) {
		return true
	}
	if len(q.pieces) == 1 {
		return seg.match(q.pieces[0])
	}
	if len(seg.pieces) != 2 {
		return false
	}
	first, last := q.pieces[0], q.pieces[len(q.pieces)-1]
	return strings.HasPrefix(first, seg.pieces[0]) && strings.HasSuffix(last, seg.pieces[1])
}
