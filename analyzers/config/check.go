package config

import (
	"fmt"
	"maps"
	"slices"

	"github.com/phivet/phivet/analyzers/vocab"
)

var sourceNameKinds = map[string]nameKind{"field": fieldName, "type": typeName, "func": funcName, "var": varName}

// reporters are check's ways of recording a problem: bad for a message,
// name for a name's shape, word for a vocabulary error.
type (
	badFunc  func(entryLine int, key, msg string)
	nameFunc func(line int, key string, k nameKind, s string)
	wordFunc func(line int, key string, err error)
)

// check validates the values of c and resolves its policy defaults. It is
// the one place the rules for names and words live: Parse calls it after
// reading the YAML structure, and Decode calls it because a flag value can
// be written by hand. lines gives the line of each value by YAML path; a
// value not in it (Decode has none) is reported at its entry's line.
//
// Of several problems, the one nearest the top of the file is reported.
func (c *Config) check(lines map[string]int, w *written) error {
	var first *Error
	var bad badFunc = func(entryLine int, key, msg string) {
		line := entryLine
		if l, ok := lines[key]; ok {
			line = l
		}
		if first == nil || line < first.Line {
			first = &Error{File: c.File, Line: line, Key: key, Msg: msg}
		}
	}
	var name nameFunc = func(line int, key string, k nameKind, s string) {
		if msg := checkName(k, s); msg != "" {
			bad(line, key, msg)
		}
	}
	var word wordFunc = func(line int, key string, err error) {
		if err != nil {
			bad(line, key, err.Error())
		}
	}

	for i, s := range c.Sources {
		c.checkSource(fmt.Sprintf("sources[%d]", i), s, at(w.Sources, i), bad, name, word)
	}
	for i, s := range c.Sinks {
		path := fmt.Sprintf("sinks[%d]", i)
		name(s.Line, path+".func", funcName, s.Func)
		_, err := vocab.ParseKind(at(w.Sinks, i).Kind)
		word(s.Line, path+".kind", err)
	}
	for i, r := range c.Checks {
		name(r.Line, fmt.Sprintf("checks[%d].func", i), funcName, r.Func)
	}
	for i, r := range c.Audits {
		name(r.Line, fmt.Sprintf("audits[%d].func", i), funcName, r.Func)
	}
	for i, s := range c.Sanitizers {
		path := fmt.Sprintf("sanitizers[%d]", i)
		name(s.Line, path+".func", funcName, s.Func)
		seen := map[string]bool{}
		for j, cl := range at(w.Sanitizers, i).Classes {
			key := fmt.Sprintf("%s.classes[%d]", path, j)
			class, err := vocab.ParseClass(cl)
			switch {
			case err != nil:
				word(s.Line, key, err)
			case class == vocab.ClassNone:
				bad(s.Line, key, `"-" is not a class a sanitizer removes (want direct, indirect or clinical)`)
			case seen[cl]:
				bad(s.Line, key, fmt.Sprintf("class %q is listed twice", cl))
			}
			seen[cl] = true
		}
	}
	for i, r := range c.Requires {
		path := fmt.Sprintf("requires[%d]", i)
		name(r.Line, path+".func", funcName, r.Func)
		_, err := vocab.ParseGuard(at(w.Requires, i).Guard)
		word(r.Line, path+".guard", err)
	}
	for _, pack := range sortedKeys(c.Packs) {
		key := "packs." + pack
		if !slices.Contains(PackNames, pack) {
			bad(0, key, fmt.Sprintf("unknown pack (want %s)", vocab.OneOf(PackNames)))
			continue
		}
		_, err := ParsePackProfile(string(c.Packs[pack]))
		word(0, key, err)
	}
	c.Policy = c.Policy.resolved()
	for _, k := range vocab.KindWords {
		_, err := ParsePolicyValue(string(c.Policy.For(k)))
		word(0, "policy."+k.String(), err)
	}
	if first != nil {
		return first
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
