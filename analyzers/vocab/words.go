package vocab

import (
	"fmt"
	"strings"
)

// word is a vocabulary type: a small integer spelt by String.
type word interface {
	comparable
	String() string
}

// ParseWord reads a word of the vocabulary valid lists, naming it what in
// the error. It is exact: words are case-sensitive, as in Go struct tags, so
// that a tag, a directive and the configuration all spell a class one way.
// The error's text is meant to be shown to the user as is, after a
// position.
func ParseWord[T word](s string, valid []T, what string) (T, error) {
	for _, v := range valid {
		if v.String() == s {
			return v, nil
		}
	}
	var none T
	return none, fmt.Errorf("unknown %s %q (want %s)", what, s, OneOf(Words(valid)))
}

// spell is a word's String: its entry in spelling, the words by value,
// or for a value past the table the zero value's word.
func spell[T ~uint8](spelling []string, v T) string {
	if int(v) < len(spelling) {
		return spelling[v]
	}
	return spelling[0]
}

// readWord is a word's UnmarshalText: *v becomes the word b spells among
// valid, or the zero value for an unknown word, without an error (the
// configuration checks the words as written itself; see
// Class.UnmarshalText).
func readWord[T word](v *T, b []byte, valid []T) error {
	*v, _ = ParseWord(string(b), valid, "")
	return nil
}

// Words spells each of vs.
func Words[T fmt.Stringer](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

// OneOf lists words for a message: "a, b or c".
func OneOf(words []string) string {
	var b strings.Builder
	for i, w := range words {
		switch {
		case i == 0:
		case i == len(words)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(w)
	}
	return b.String()
}
