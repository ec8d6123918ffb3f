package model

import (
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

// KeyedSource is a function whose results are identifiable by what one
// argument names: a DICOM element looked up by its tag, an HL7 v2 field by
// its path string.
type KeyedSource struct {
	// Arg is the argument that names the key, counted after any receiver.
	Arg  int
	keys map[string]vocab.Class
}

type keyedEntry struct {
	pat config.Pattern
	arg int
	src map[string]vocab.Class
}

func (m *Model) addKeyed(s config.Source) {
	if p, err := config.CompilePattern(s.Func); err == nil {
		m.keyed = append(m.keyed, keyedEntry{pat: p, arg: s.Arg, src: s.Keys})
	}
}

// Keyed returns the keyed source that fn is, or nil. Entries that name fn
// with the same argument add their keys together, a later entry's class
// winning for a key both name (so that a user's entry can override a
// pack's); an entry with another argument replaces the earlier ones.
func (m *Model) Keyed(fn *types.Func) *KeyedSource {
	if len(m.keyed) == 0 || fn == nil {
		return nil
	}
	fn = fn.Origin()
	if k, ok := m.keyedOf[fn]; ok {
		return k
	}
	var k *KeyedSource
	name := fn.FullName()
	for _, e := range m.keyed {
		if !e.pat.Match(name) {
			continue
		}
		if k == nil || k.Arg != e.arg {
			k = &KeyedSource{Arg: e.arg, keys: map[string]vocab.Class{}}
		}
		for key, c := range e.src {
			k.keys[key] = c
		}
	}
	m.keyedOf[fn] = k
	return k
}

// Class returns the class of the key an argument names: names are the
// pkgname.Name spellings of the variable or constant it is, str its value
// when it is a string constant. A string that is a path matches the
// nearest key it extends ("PID.5.1" matches a key "PID.5", never "PID.51").
// ClassUnset means the argument names no key.
func (k *KeyedSource) Class(names []string, str string, isStr bool) vocab.Class {
	for _, n := range names {
		if c, ok := k.keys[n]; ok {
			return c
		}
	}
	if !isStr {
		return vocab.ClassUnset
	}
	for s := str; s != ""; s = pathParent(s) {
		if c, ok := k.keys[s]; ok {
			return c
		}
	}
	return vocab.ClassUnset
}

// pathParent cuts s at its last separator (any character that is not a
// letter or digit): "PID.5.1" → "PID.5" → "PID" → "".
func pathParent(s string) string {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return strings.TrimRightFunc(s[:i], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		}
	}
	return ""
}
