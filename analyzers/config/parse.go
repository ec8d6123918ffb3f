package config

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/phivet/phivet/analyzers/vocab"
)

// Parse parses and validates the YAML in data. file names it in errors and
// in Config.File. The first problem found is returned as an *Error.
func Parse(file string, data []byte) (*Config, error) {
	p := &parser{file: file, lines: map[string]int{}}
	root, err := p.document(data)
	if err != nil {
		return nil, err
	}
	c := &Config{File: file}
	if root != nil {
		if err := p.config(root, c); err != nil {
			return nil, err
		}
	}
	if err := c.check(p.lines, &p.written); err != nil {
		return nil, err
	}
	return c, nil
}

// parser walks yaml.Node trees rather than unmarshalling into structs, so
// that every error can name the line and the key, and so that unknown or
// duplicated keys are errors instead of being silently dropped.
//
// The parser checks structure only; the values it collects are checked by
// Config.check, which Decode shares. lines maps the YAML path of every
// scalar value to its line so that check can point at it; written keeps
// the vocabulary words as written, for check to judge.
type parser struct {
	file    string
	lines   map[string]int
	written written
}

func (p *parser) errorf(n *yaml.Node, key, format string, args ...any) *Error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return &Error{File: p.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)}
}

// document returns the root node of the only document in data, or nil when
// there is none (an empty file, or only comments).
func (p *parser) document(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return nil, nil
	} else if err != nil {
		return nil, p.syntaxError(data, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == io.EOF:
	case err != nil:
		return nil, p.syntaxError(data, err)
	case !isNull(rootOf(&extra)):
		return nil, p.errorf(rootOf(&extra), "", "a second YAML document; put everything in one")
	}
	if root := resolve(rootOf(&doc)); !isNull(root) {
		return root, nil
	}
	return nil, nil
}

func rootOf(doc *yaml.Node) *yaml.Node {
	if len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// loneDash matches `class: -`, which YAML reads as the start of a list. It
// is the natural way to write the "-" class, so it deserves a pointed
// message instead of the parser's "block sequence entries are not allowed".
var loneDash = regexp.MustCompile(`^\s*(-\s+)?[\w.]+:\s+-\s*(#.*)?$`)

func (p *parser) syntaxError(data []byte, err error) error {
	e := &Error{File: p.file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	if strings.Contains(e.Msg, "block sequence entries are not allowed") {
		for i, l := range strings.Split(string(data), "\n") {
			if (e.Line == 0 || e.Line == i+1) && loneDash.MatchString(l) {
				e.Line = i + 1
				e.Msg = `a lone - starts a list; write the class as "-" in quotes`
				break
			}
		}
	}
	if e.Line == 0 {
		// The YAML reader names no line for bytes it cannot read at all
		// (control characters, invalid UTF-8): point at the first one.
		e.Line = badByteLine(data)
	}
	e.Msg = "YAML syntax: " + e.Msg
	return e
}

// badByteLine returns the 1-based line of the first byte a YAML reader
// rejects outright (a control character other than tab, newline and
// carriage return, or invalid UTF-8), or 0 when there is none.
func badByteLine(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return line
		case r == '\n':
			line++
		case r < 0x20 && r != '\t' && r != '\r', r == 0x7f:
			return line
		}
		i += size
	}
	return 0
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = resolve(n)
	return n == nil || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("the scalar %q", n.Value)
	}
	return "nothing"
}

// field is one key of a mapping with its value.
type field struct {
	name       string
	key, value *yaml.Node
	path       string // YAML path of the key, for errors
}

// fields checks that n is a mapping whose keys are unique and all in
// allowed, and returns them in document order.
func (p *parser) fields(n *yaml.Node, path string, allowed []string) ([]field, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, path, "want a mapping (keys: %s), got %s", strings.Join(allowed, ", "), describe(n))
	}
	var fs []field
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return nil, p.errorf(k, path, "a key must be a plain word, not %s", describe(k))
		}
		f := field{name: k.Value, key: k, value: v, path: join(path, k.Value)}
		if !slices.Contains(allowed, f.name) {
			return nil, p.errorf(k, f.path, "unknown key (want %s)", vocab.OneOf(allowed))
		}
		for _, prev := range fs {
			if prev.name == f.name {
				return nil, p.errorf(k, f.path, "duplicate key (first at line %d)", prev.key.Line)
			}
		}
		fs = append(fs, f)
	}
	return fs, nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// scalar returns the string value of f, which must be a non-empty scalar.
func (p *parser) scalar(f field) (string, error) {
	if isNull(f.value) || f.value.Kind == yaml.ScalarNode && f.value.Value == "" {
		return "", p.errorf(f.key, f.path, "missing value")
	}
	if f.value.Kind != yaml.ScalarNode {
		return "", p.errorf(f.value, f.path, "want a single value, got %s", describe(f.value))
	}
	p.lines[f.path] = f.value.Line
	return f.value.Value, nil
}

// list calls each for every item of the list f, skipping a null list
// (`sources:` with nothing under it), which is the same as no list.
func (p *parser) list(f field, each func(item *yaml.Node, path string) error) error {
	if isNull(f.value) {
		return nil
	}
	if f.value.Kind != yaml.SequenceNode {
		return p.errorf(f.value, f.path, "want a list, got %s", describe(f.value))
	}
	for i, item := range f.value.Content {
		if err := each(resolve(item), fmt.Sprintf("%s[%d]", f.path, i)); err != nil {
			return err
		}
	}
	return nil
}

// presetStrict is the only scalar `policy:` accepts; see StrictPolicy.
const presetStrict = "strict"

var sections = []string{"sources", "sinks", "checks", "audits", "sanitizers", "requires", "policy", "packs"}

func (p *parser) config(root *yaml.Node, c *Config) error {
	fs, err := p.fields(root, "", sections)
	if err != nil {
		return err
	}
	// readers reads each of the sections into its part of c.
	readers := map[string]func(field) error{
		"sources":    func(f field) error { return entries(p, f, &c.Sources, p.source) },
		"sinks":      func(f field) error { return entries(p, f, &c.Sinks, p.sink) },
		"checks":     func(f field) error { return entries(p, f, &c.Checks, p.funcRef) },
		"audits":     func(f field) error { return entries(p, f, &c.Audits, p.funcRef) },
		"sanitizers": func(f field) error { return entries(p, f, &c.Sanitizers, p.sanitizer) },
		"requires":   func(f field) error { return entries(p, f, &c.Requires, p.require) },
		"policy":     func(f field) error { return p.policy(f, &c.Policy) },
		"packs":      func(f field) (err error) { c.Packs, err = p.packs(f); return err },
	}
	for _, f := range fs {
		if err := readers[f.name](f); err != nil {
			return err
		}
	}
	return nil
}

// entries reads the list f into *list with one of the entry readers
// below. It leaves nil for an empty list so that a parsed Config compares
// equal to its Encode/Decode round trip.
func entries[T any](p *parser, f field, list *[]T, read func(n *yaml.Node, path string) (T, error)) error {
	*list = nil
	return p.list(f, func(n *yaml.Node, path string) error {
		e, err := read(n, path)
		*list = append(*list, e)
		return err
	})
}

// entry checks a list item's keys; every key in required must be present.
// It returns the string values by key name, and all the fields for a
// caller that has a list-valued key.
func (p *parser) entry(n *yaml.Node, path string, allowed, required []string) (map[string]string, []field, error) {
	fs, err := p.fields(n, path, allowed)
	if err != nil {
		return nil, nil, err
	}
	m := make(map[string]string, len(fs))
	for _, f := range fs {
		if compoundKeys[f.name] {
			continue
		}
		if m[f.name], err = p.scalar(f); err != nil {
			return nil, nil, err
		}
	}
	for _, r := range required {
		if _, ok := m[r]; !ok {
			return nil, nil, p.errorf(n, path, "missing key %q", r)
		}
	}
	return m, fs, nil
}

// compoundKeys are the entry keys whose value is a list or a mapping.
var compoundKeys = map[string]bool{"classes": true, "keys": true}

var sourceKeys = []string{"field", "type", "func", "var", "tag"}

// sourceOptions are a source entry's other keys: arg and keys make a func
// source keyed, match goes with tag.
var sourceOptions = []string{"class", "match", "arg", "keys"}

func (p *parser) source(n *yaml.Node, path string) (Source, error) {
	m, fs, err := p.entry(n, path, append(sourceKeys, sourceOptions...), nil)
	if err != nil {
		return Source{}, err
	}
	var set []string
	for _, k := range sourceKeys {
		if _, ok := m[k]; ok {
			set = append(set, k)
		}
	}
	switch len(set) {
	case 0:
		return Source{}, p.errorf(n, path, "missing one of field, type, func, var or tag")
	case 1:
	default:
		key := join(path, set[1])
		return Source{}, &Error{File: p.file, Line: p.lines[key], Key: key,
			Msg: fmt.Sprintf("only one of field, type, func, var or tag may be set (%s is set too)", set[0])}
	}
	s := Source{Entry: Entry{n.Line}, Field: m["field"], Type: m["type"], Func: m["func"], Var: m["var"],
		Tag: m["tag"], Match: m["match"], Class: classOf(m["class"])}
	w := writtenSource{Class: m["class"]}
	for _, f := range fs {
		if f.name == "keys" {
			if s.Keys, w.Keys, err = p.keys(f); err != nil {
				return Source{}, err
			}
		}
	}
	if a, ok := m["arg"]; ok {
		if s.Arg, err = strconv.Atoi(a); err != nil || s.Arg < 0 {
			key := join(path, "arg")
			return Source{}, &Error{File: p.file, Line: p.lines[key], Key: key,
				Msg: fmt.Sprintf("arg %q is not an argument index (want 0 for the first argument after any receiver, 1, …)", a)}
		}
		if s.Keys == nil {
			s.Keys = map[string]vocab.Class{} // arg alone: check says keys are missing
		}
	}
	if _, ok := m["class"]; !ok && s.Keys == nil {
		return Source{}, p.errorf(n, path, "missing key %q", "class")
	}
	p.written.Sources = append(p.written.Sources, w)
	return s, nil
}

// keys reads a keyed source's mapping of key to class, and the classes as
// written. An empty mapping is kept (not nil) so that check can say the
// keys are missing.
func (p *parser) keys(f field) (map[string]vocab.Class, map[string]string, error) {
	n := f.value
	if isNull(n) {
		return map[string]vocab.Class{}, nil, nil
	}
	if n.Kind != yaml.MappingNode {
		return nil, nil, p.errorf(n, f.path, "want a mapping of key to class (such as {tag.PatientName: direct}), got %s", describe(n))
	}
	keys := make(map[string]vocab.Class, len(n.Content)/2)
	words := make(map[string]string, len(n.Content)/2)
	lineOf := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := resolve(n.Content[i])
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			return nil, nil, p.errorf(k, f.path, "a key must be a name or a string, not %s", describe(k))
		}
		kf := field{name: k.Value, key: k, value: resolve(n.Content[i+1]), path: f.path + "[" + strconv.Quote(k.Value) + "]"}
		if first, dup := lineOf[k.Value]; dup {
			return nil, nil, p.errorf(k, kf.path, "duplicate key (first at line %d)", first)
		}
		lineOf[k.Value] = k.Line
		c, err := p.scalar(kf)
		if err != nil {
			return nil, nil, err
		}
		keys[k.Value], words[k.Value] = classOf(c), c
	}
	return keys, words, nil
}

func (p *parser) sink(n *yaml.Node, path string) (Sink, error) {
	fn, k, word, err := funcAndWord(p, n, path, "kind", vocab.ParseKind)
	p.written.Sinks = append(p.written.Sinks, writtenSink{word})
	return Sink{Entry{n.Line}, fn, k}, err
}

func (p *parser) funcRef(n *yaml.Node, path string) (FuncRef, error) {
	m, _, err := p.entry(n, path, []string{"func"}, []string{"func"})
	return FuncRef{Entry{n.Line}, m["func"]}, err
}

func (p *parser) require(n *yaml.Node, path string) (Require, error) {
	fn, g, word, err := funcAndWord(p, n, path, "guard", vocab.ParseGuard)
	p.written.Requires = append(p.written.Requires, writtenRequire{word})
	return Require{Entry{n.Line}, fn, g}, err
}

// funcAndWord reads an entry of a function and one vocabulary word, under
// key: the function, the word's value and the word as written. An unknown
// word reads as the zero value; check judges the word as written.
func funcAndWord[T any](p *parser, n *yaml.Node, path, key string, parse func(string) (T, error)) (fn string, v T, word string, err error) {
	m, _, err := p.entry(n, path, []string{"func", key}, []string{"func", key})
	v, _ = parse(m[key])
	return m["func"], v, m[key], err
}

func (p *parser) sanitizer(n *yaml.Node, path string) (Sanitizer, error) {
	m, fs, err := p.entry(n, path, []string{"func", "classes"}, []string{"func"})
	if err != nil {
		return Sanitizer{}, err
	}
	s := Sanitizer{Entry: Entry{n.Line}, Func: m["func"]}
	var w writtenSanitizer
	for _, f := range fs {
		if f.name != "classes" {
			continue
		}
		err = p.list(f, func(item *yaml.Node, path string) error {
			c, err := p.scalar(field{key: item, value: item, path: path})
			s.Classes = append(s.Classes, classOf(c))
			w.Classes = append(w.Classes, c)
			return err
		})
	}
	p.written.Sanitizers = append(p.written.Sanitizers, w)
	return s, err
}

// policy reads `policy: strict` or a mapping that sets any of the four
// keys; Config.check fills in the rest.
func (p *parser) policy(f field, pol *Policy) error {
	n := f.value
	switch {
	case isNull(n):
		return nil
	case n.Kind == yaml.ScalarNode:
		if n.Value != presetStrict {
			return p.errorf(n, f.path, "unknown policy preset %q (want strict, or a mapping such as {log: check})", n.Value)
		}
		*pol = StrictPolicy
		return nil
	case n.Kind != yaml.MappingNode:
		return p.errorf(n, f.path, "want strict or a mapping of sink kind to value, got %s", describe(n))
	}
	fs, err := p.fields(n, f.path, vocab.Words(vocab.KindWords))
	if err != nil {
		return err
	}
	for _, kf := range fs {
		v, err := p.scalar(kf)
		if err != nil {
			return err
		}
		k, _ := vocab.ParseKind(kf.name) // one of KindWords: fields checked it
		switch k {
		case vocab.KindLog:
			pol.Log = PolicyValue(v)
		case vocab.KindExport:
			pol.Export = PolicyValue(v)
		case vocab.KindTransmit:
			pol.Transmit = PolicyValue(v)
		case vocab.KindRespond:
			pol.Respond = PolicyValue(v)
		}
	}
	return nil
}

// packs reads the mapping of pack name to profile; Config.check checks
// the profiles.
func (p *parser) packs(f field) (map[string]PackProfile, error) {
	if isNull(f.value) {
		return nil, nil
	}
	fs, err := p.fields(f.value, f.path, PackNames)
	if err != nil {
		return nil, err
	}
	m := make(map[string]PackProfile, len(fs))
	for _, pf := range fs {
		v, err := p.scalar(pf)
		if err != nil {
			return nil, err
		}
		m[pf.name] = PackProfile(v)
	}
	return m, nil
}

// classOf is the class word c names; an unknown word is ClassUnset,
// judged by check as written.
func classOf(c string) vocab.Class {
	class, _ := vocab.ParseClass(c)
	return class
}
