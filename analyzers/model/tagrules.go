package model

import (
	"reflect"
	"regexp"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

// tagRule marks the fields whose struct tag key has a value re matches
// (a `tag:` source entry).
type tagRule struct {
	key   string
	re    *regexp.Regexp
	class vocab.Class
}

func (m *Model) addTagRule(s config.Source) {
	if re, err := regexp.Compile(s.Match); err == nil {
		m.tagRules = append(m.tagRules, tagRule{s.Tag, re, s.Class})
	}
}

// tagClass returns the class the tag rules give a field with struct tag
// tag: the last rule that matches wins, as for the other entries.
// ClassUnset for none.
func (m *Model) tagClass(tag string) vocab.Class {
	class := vocab.ClassUnset
	for _, r := range m.tagRules {
		if v, ok := reflect.StructTag(tag).Lookup(r.key); ok && r.re.MatchString(v) {
			class = r.class
		}
	}
	return class
}
