// Package xlat hands out text translators: closures a constructor makes
// or a declared function, picked at run time and returned through a
// method's named result from a helper with two results. Package
// xlatuse calls them.
package xlat

import (
	"bytes"
	"errors"
	"strings"
)

type Doc struct {
	err  error
	path string
}

// keep returns its text as it is.
func keep(s string) string { return s }

// mapped copies each rune of its text through a table the closure
// captures.
func mapped(m map[rune]byte) func(string) string {
	var buf bytes.Buffer
	return func(s string) string {
		buf.Truncate(0)
		for _, r := range s {
			if r < 0x80 {
				buf.WriteByte(byte(r))
			} else if b, ok := m[r]; ok {
				buf.WriteByte(b)
			}
		}
		return buf.String()
	}
}

func load(name string) (f func(string) string, err error) {
	if name == "" {
		return nil, errors.New("no table")
	}
	if strings.HasPrefix(name, "ascii") {
		f = keep
	} else {
		f = mapped(map[rune]byte{'é': 0xe9})
	}
	return
}

// Translator returns the translator for the code page cp: the document
// keeps the error, the translator then leaves text as it is.
func (d *Doc) Translator(cp string) (tr func(string) string) {
	if d.err == nil {
		tr, d.err = load(cp)
	} else {
		tr = keep
	}
	return
}

// Blank returns a translator that prints a placeholder in place of any
// text.
func (d *Doc) Blank() (tr func(string) string) {
	if d.path == "" {
		tr = func(string) string { return "-" }
	} else {
		tr = blank
	}
	return
}

func blank(string) string { return "" }

// Counter returns a translator that drops its text for its length.
func Counter() func(string) string {
	return func(s string) string {
		if len(s) > 10 {
			return "long"
		}
		return "short"
	}
}
