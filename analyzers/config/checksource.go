package config

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/phivet/phivet/analyzers/vocab"
)

// checkSource validates one source entry: one name of a known form, its
// class, and the options that only some forms take (keys and arg for a
// keyed func source, match for a tag source).
func (c *Config) checkSource(path string, s Source, w writtenSource, bad badFunc, name nameFunc, word wordFunc) {
	n := 0
	for _, x := range []string{s.Field, s.Type, s.Func, s.Var, s.Tag} {
		if x != "" {
			n++
		}
	}
	switch {
	case n != 1:
		bad(s.Line, path, "want exactly one of field, type, func, var or tag")
	case s.Tag != "":
		if msg := tagKeyProblem(s.Tag); msg != "" {
			bad(s.Line, path+".tag", msg)
		}
	default:
		name(s.Line, path+"."+s.Key(), sourceNameKinds[s.Key()], s.Name())
	}
	switch {
	case s.Tag == "" && s.Match != "":
		bad(s.Line, path+".match", "match goes with tag: it is the pattern a tag's value must match")
	case s.Tag != "" && s.Match == "":
		bad(s.Line, path, `missing key "match" (the pattern the tag's value must match)`)
	case s.Tag != "":
		if _, err := regexp.Compile(s.Match); err != nil {
			bad(s.Line, path+".match", fmt.Sprintf("bad regular expression: %v", err))
		}
	}
	if s.Keyed() {
		c.checkKeys(path, s, w, bad, word)
		return
	}
	if s.Arg != 0 {
		bad(s.Line, path+".arg", "arg goes with keys: it says which argument names the key")
	}
	_, err := vocab.ParseClass(w.Class)
	word(s.Line, path+".class", err)
}

// checkKeys validates a keyed source: a func, keys, and no class of its
// own (the keys give the classes).
func (c *Config) checkKeys(path string, s Source, w writtenSource, bad badFunc, word wordFunc) {
	if s.Func == "" && s.Name() != "" {
		bad(s.Line, path+".keys", "keys go with func: they make a function's results depend on an argument")
	}
	if w.Class != "" {
		bad(s.Line, path+".class", "a keyed source takes its classes from keys; remove class")
	}
	if len(s.Keys) == 0 {
		bad(s.Line, path+".keys", "missing keys (a mapping of key to class, such as {tag.PatientName: direct})")
	}
	keys := make([]string, 0, len(s.Keys))
	for k := range s.Keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		key := path + ".keys[" + strconv.Quote(k) + "]"
		if strings.TrimSpace(k) != k || k == "" {
			bad(s.Line, key, "a key may not be empty or start or end with a space")
		}
		_, err := vocab.ParseClass(w.Keys[k])
		word(s.Line, key, err)
	}
}

// tagKeyProblem checks a struct tag key as reflect.StructTag reads it:
// non-empty, with no space, quote, colon or control character.
func tagKeyProblem(k string) string {
	for _, r := range k {
		if r <= ' ' || r == ':' || r == '"' || r == 0x7f {
			return fmt.Sprintf("malformed struct tag key %q (want a word such as hl7 or json)", k)
		}
	}
	return ""
}
