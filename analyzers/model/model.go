// Package model answers the questions the taint engine asks about
// declarations: which fields, types, functions and variables are sources of
// identifiable data, and which functions are sinks, checks, audits,
// sanitizers or require a guard.
//
// Three kinds of marking feed it, equivalent in effect: struct tags
// (`phi:"direct"`), //phi: directives (carried across packages as MarkFacts)
// and phivet.yaml entries matched by name. Below the configuration sit the
// packs (package packs): built-in marks of health libraries' models, which
// a user's own marks override. The model is per package and is not safe
// for concurrent use.
package model

import (
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Model is the combined view of tags, directives and configuration.
type Model struct {
	cfg        *config.Config
	local      map[types.Object]*MarkFact
	importFact func(types.Object, analysis.Fact) bool

	sources []namedClass
	sinks   []named[vocab.Kind]
	checks  []config.Pattern
	audits  []config.Pattern
	sans    []config.Pattern
	reqs    []named[vocab.Guard]

	// packs are the marks of the packs that are on, each table's kept
	// apart so that only the objects of its library are matched against
	// them; a user's sources are matched after them and win.
	packs []packSources
	// keyed and tagRules are the keyed and tag source entries;
	// keyedOf caches Keyed by function.
	keyed    []keyedEntry
	keyedOf  map[*types.Func]*KeyedSource
	tagRules []tagRule
	// anon caches the names of anonymous structs' fields by package.
	anon map[*types.Package]map[*types.Var]string

	marks   map[types.Object]*MarkFact
	records map[types.Type]bool
	// fields caches FieldClass: records are walked for every value of
	// their type that reaches a printer or a summary, and each look
	// parsed the tag and spelt out the field's full name.
	fields map[fieldKey]vocab.Class
	// retyped indexes, per package, its named struct types by their
	// struct (sharingStruct).
	retyped map[*types.Package]map[*types.Struct][]*types.Named
}

type fieldKey struct {
	owner *types.Named
	field *types.Var
}

type namedClass struct {
	what  string // "field", "type", "func", "var"
	pat   config.Pattern
	class vocab.Class
}

// named is a configuration entry that names functions and says one word
// of them: a sink's kind, a required guard.
type named[V any] struct {
	pat   config.Pattern
	value V
}

// New returns a model for one package. local holds the marks of this
// package's own directives; importFact reads other packages' MarkFacts.
// Patterns in cfg are assumed valid (config.Parse validated them); an entry
// that fails to compile is ignored.
func New(cfg *config.Config, local map[types.Object]*MarkFact, importFact func(types.Object, analysis.Fact) bool) *Model {
	if cfg == nil {
		cfg = config.Default()
	}
	m := &Model{
		cfg:        cfg,
		local:      local,
		importFact: importFact,
		marks:      make(map[types.Object]*MarkFact),
		records:    make(map[types.Type]bool),
		fields:     make(map[fieldKey]vocab.Class),
		keyedOf:    make(map[*types.Func]*KeyedSource),
		anon:       make(map[*types.Package]map[*types.Var]string),
	}
	// Keyed and tag entries live in tables of their own; a pack's go in
	// first so that the user's, added after, win. The packs' selection is
	// the run's, kept with their compiled sources: selecting again for
	// every package's model was 2% of the bytes a run allocated.
	m.packs = packsOf(cfg)
	for _, p := range m.packs {
		m.addSourceRules(p.selected)
	}
	m.addSourceRules(cfg.Sources)
	m.sources = compileSources(cfg.Sources)
	for _, s := range cfg.Sinks {
		if p, err := config.CompilePattern(s.Func); err == nil {
			m.sinks = append(m.sinks, named[vocab.Kind]{p, s.Kind})
		}
	}
	compile := func(refs []config.FuncRef) []config.Pattern {
		var ps []config.Pattern
		for _, r := range refs {
			if p, err := config.CompilePattern(r.Func); err == nil {
				ps = append(ps, p)
			}
		}
		return ps
	}
	m.checks = compile(cfg.Checks)
	m.audits = compile(cfg.Audits)
	for _, s := range cfg.Sanitizers {
		if p, err := config.CompilePattern(s.Func); err == nil {
			m.sans = append(m.sans, p)
		}
	}
	for _, r := range cfg.Requires {
		if p, err := config.CompilePattern(r.Func); err == nil {
			m.reqs = append(m.reqs, named[vocab.Guard]{p, r.Guard})
		}
	}
	return m
}

// Config returns the configuration the model was built from.
func (m *Model) Config() *config.Config { return m.cfg }

// Mark returns everything known about obj: its directives (this package's
// or imported as facts) and matching configuration entries. Never nil.
func (m *Model) Mark(obj types.Object) *MarkFact {
	if obj == nil {
		return &MarkFact{}
	}
	if f, ok := obj.(*types.Func); ok {
		obj = f.Origin()
	}
	if mk, ok := m.marks[obj]; ok {
		return mk
	}
	mk := &MarkFact{}
	if l := m.local[obj]; l != nil {
		mk.Merge(l)
	} else if obj.Pkg() != nil && m.importFact != nil {
		var f MarkFact
		if m.importFact(obj, &f) {
			mk.Merge(&f)
		}
	}
	m.configMark(obj, mk)
	m.marks[obj] = mk
	return mk
}

func (m *Model) configMark(obj types.Object, mk *MarkFact) {
	if !m.mayName(obj) {
		return // no entry of obj's kind: spelling its name out costs more than the rest
	}
	name, what := FullName(obj)
	if name == "" {
		return
	}
	if mk.Source == vocab.ClassUnset { // a directive in the library's own code wins over a pack
		mk.Source = m.packClass(obj.Pkg().Path(), what, name)
	}
	if c := matchClass(m.sources, what, name); c != vocab.ClassUnset {
		mk.Source = c
	}
	if what != "func" {
		return
	}
	for _, s := range m.sinks {
		if s.pat.Match(name) {
			mk.Sink = s.value
		}
	}
	for _, p := range m.checks {
		mk.Check = mk.Check || p.Match(name)
	}
	for _, p := range m.audits {
		mk.Audit = mk.Audit || p.Match(name)
	}
	for _, p := range m.sans {
		mk.Sanitize = mk.Sanitize || p.Match(name)
	}
	for _, r := range m.reqs {
		if r.pat.Match(name) {
			mk.Requires = r.value
		}
	}
}

// mayName reports whether the configuration has any entry that could
// name obj.
func (m *Model) mayName(obj types.Object) bool {
	var what string
	switch obj.(type) {
	case *types.Func:
		if len(m.sinks)+len(m.checks)+len(m.audits)+len(m.sans)+len(m.reqs) > 0 {
			return true
		}
		what = "func"
	case *types.TypeName:
		what = "type"
	case *types.Var:
		what = "var"
	default:
		return false
	}
	for _, s := range m.sources {
		if s.what == what {
			return true
		}
	}
	if pkg := obj.Pkg(); pkg != nil {
		for _, p := range m.packs {
			if p.table.Covers(pkg.Path()) && p.has[what] {
				return true
			}
		}
	}
	return false
}

// FullName returns the name configuration uses for obj and what kind of
// entry it is: "func" (types.Func.FullName), "type" (pkg.T), "var"
// (pkg.V, package level only) or "field" (pkg.T.F). Fields are named
// through FieldName, which knows their struct.
func FullName(obj types.Object) (name, what string) {
	if obj.Pkg() == nil {
		return "", ""
	}
	switch o := obj.(type) {
	case *types.Func:
		return o.Origin().FullName(), "func"
	case *types.TypeName:
		return o.Pkg().Path() + "." + o.Name(), "type"
	case *types.Var:
		if o.IsField() || o.Parent() != o.Pkg().Scope() {
			return "", ""
		}
		return o.Pkg().Path() + "." + o.Name(), "var"
	}
	return "", ""
}

// FieldClass returns the class of field i of st, declared in named type
// owner (nil for an anonymous struct): from its tag, a directive on the
// field or a configuration entry. ClassUnset means unmarked.
func (m *Model) FieldClass(owner *types.Named, st *types.Struct, i int) vocab.Class {
	k := fieldKey{owner, st.Field(i)}
	if c, ok := m.fields[k]; ok {
		return c
	}
	c := m.fieldClass(owner, st, i)
	m.fields[k] = c
	return c
}

func (m *Model) fieldClass(owner *types.Named, st *types.Struct, i int) vocab.Class {
	if v, ok := reflect.StructTag(st.Tag(i)).Lookup("phi"); ok {
		return phiTagClass(v)
	}
	f := st.Field(i)
	if mk := m.Mark(f); mk.Source != vocab.ClassUnset {
		return mk.Source
	}
	if c := m.fieldEntryClass(owner, f); c != vocab.ClassUnset {
		return c
	}
	// A rule over struct tags is the most general entry: a mark that
	// names the field wins over it.
	return m.tagClass(st.Tag(i))
}

// fieldEntryClass returns the class the configuration's field entries give
// f, a field of owner (nil for an anonymous struct, named through the path
// that reaches it).
func (m *Model) fieldEntryClass(owner *types.Named, f *types.Var) vocab.Class {
	var name, pkgPath string
	switch {
	case owner != nil:
		obj := owner.Origin().Obj()
		if obj.Pkg() == nil {
			return vocab.ClassUnset
		}
		pkgPath = obj.Pkg().Path()
		name = pkgPath + "." + obj.Name() + "." + f.Name()
	case m.hasFieldEntries():
		name = m.anonFieldName(f)
		if f.Pkg() != nil {
			pkgPath = f.Pkg().Path()
		}
	}
	if name == "" {
		return vocab.ClassUnset
	}
	if c := matchClass(m.sources, "field", name); c != vocab.ClassUnset {
		return c
	}
	if c := m.packClass(pkgPath, "field", name); c != vocab.ClassUnset {
		return c
	}
	if owner != nil {
		// type OtherList List, as a generated MarshalJSON declares to
		// encode the record without recursing: the same fields, marked
		// as the package-level types sharing them are.
		for _, from := range m.sharingStruct(owner) {
			if c := m.fieldEntryClassOwn(from, f); c != vocab.ClassUnset {
				return c
			}
		}
	}
	return vocab.ClassUnset
}

// fieldEntryClassOwn is what the configuration's and packs' entries say of
// field f of owner by owner's name alone.
func (m *Model) fieldEntryClassOwn(owner *types.Named, f *types.Var) vocab.Class {
	obj := owner.Origin().Obj()
	if obj.Pkg() == nil {
		return vocab.ClassUnset
	}
	name := obj.Pkg().Path() + "." + obj.Name() + "." + f.Name()
	if c := matchClass(m.sources, "field", name); c != vocab.ClassUnset {
		return c
	}
	return m.packClass(obj.Pkg().Path(), "field", name)
}

// sharingStruct returns the package-level named types, other than owner,
// whose struct owner shares, being declared as one of them (type
// OtherList List, in a method of List or beside it).
func (m *Model) sharingStruct(owner *types.Named) []*types.Named {
	obj := owner.Origin().Obj()
	st, ok := owner.Underlying().(*types.Struct)
	if !ok || obj.Pkg() == nil {
		return nil
	}
	byStruct, ok := m.retyped[obj.Pkg()]
	if !ok {
		byStruct = map[*types.Struct][]*types.Named{}
		scope := obj.Pkg().Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if n, ok := tn.Type().(*types.Named); ok {
				if s, isStruct := n.Underlying().(*types.Struct); isStruct {
					byStruct[s] = append(byStruct[s], n)
				}
			}
		}
		if m.retyped == nil {
			m.retyped = map[*types.Package]map[*types.Struct][]*types.Named{}
		}
		m.retyped[obj.Pkg()] = byStruct
	}
	var out []*types.Named
	for _, n := range byStruct[st] {
		if n.Obj() != obj {
			out = append(out, n)
		}
	}
	return out
}

// DeclaringType returns the type whose declaration wrote the struct that
// owner shares: the record Visit for the copy "type OtherVisit Visit" a
// generated MarshalJSON encodes, so that a message names the record's
// field, not the copy's. A struct literal follows the name it declares,
// so that is the sharing type declared nearest before the struct's first
// field. owner itself when it wrote its struct or shares none.
func (m *Model) DeclaringType(owner *types.Named) *types.Named {
	st, ok := owner.Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 || owner.TypeArgs().Len() > 0 {
		return owner
	}
	first := st.Field(0).Pos()
	best, bestPos := owner, token.NoPos
	if p := owner.Obj().Pos(); p < first {
		bestPos = p
	}
	for _, n := range m.sharingStruct(owner) {
		if p := n.Obj().Pos(); p < first && p > bestPos {
			best, bestPos = n, p
		}
	}
	return best
}

func (m *Model) hasFieldEntries() bool {
	for _, s := range m.sources {
		if s.what == "field" {
			return true
		}
	}
	return false
}

// phiTagClass is the class a `phi:"…"` struct tag's value v gives a field:
// its word, or ClassUnset for an empty tag. A word outside the
// vocabulary still marks the field, as direct, the most identifying
// class: a misspelt mark must not hide the data it was meant to mark.
func phiTagClass(v string) vocab.Class {
	v = strings.TrimSpace(v)
	if v == "" {
		return vocab.ClassUnset
	}
	if c, err := vocab.ParseClass(v); err == nil {
		return c
	}
	return vocab.ClassDirect
}

// TypeClass returns the source class of t when t (a named type, or an
// alias of one) is marked as a source type; ClassUnset otherwise.
func (m *Model) TypeClass(t types.Type) vocab.Class {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return vocab.ClassUnset
	}
	c := m.Mark(n.Origin().Obj()).Source
	if !c.Identifiable() {
		return vocab.ClassUnset
	}
	return c
}

// IsRecord reports whether t is a record: a struct type with identifiable
// marked fields, directly or nested, or a pointer, slice, array or map of
// records.
//
// Each query walks the type graph with its own visited set and only its
// answer is cached: caching what a walk found for an inner type while
// the outer one was still open (on a cycle, Ward → Patient → Ward) would
// make the answer depend on the order of fields.
func (m *Model) IsRecord(t types.Type) bool {
	t = types.Unalias(t)
	if r, ok := m.records[t]; ok {
		return r
	}
	r := m.isRecord(t, map[types.Type]bool{})
	m.records[t] = r
	return r
}

func (m *Model) isRecord(t types.Type, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if r, ok := m.records[t]; ok {
		return r
	}
	if seen[t] {
		return false // on a cycle: what this type adds is found where the walk first met it
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Map:
		return m.isRecord(u.Elem(), seen) || m.isRecord(u.Key(), seen)
	case *types.Named:
		if st, ok := u.Underlying().(*types.Struct); ok {
			return m.structHasMarks(u, st, seen)
		}
		return m.isRecord(u.Underlying(), seen) // type Patients []*Patient
	case *types.Struct:
		return m.structHasMarks(nil, u, seen)
	}
	if e := Elem(t); e != nil {
		return m.isRecord(e, seen)
	}
	return false
}

func (m *Model) structHasMarks(owner *types.Named, st *types.Struct, seen map[types.Type]bool) bool {
	for i := 0; i < st.NumFields(); i++ {
		if m.FieldClass(owner, st, i).Identifiable() {
			return true
		}
		ft := st.Field(i).Type()
		if m.TypeClass(ft) != vocab.ClassUnset || m.isRecord(ft, seen) {
			return true
		}
	}
	return false
}

// Elem returns the type a pointer, slice, array or map (its values) holds,
// or nil for any other type: records and source types are found through
// these containers, element by element.
func Elem(t types.Type) types.Type { return LiteralElem(t.Underlying()) }

// LiteralElem returns the type a pointer, slice, array or map type
// literal holds, or nil for any other type: unlike Elem, it does not look
// through a named type to its underlying container.
func LiteralElem(t types.Type) types.Type {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return u.Elem()
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	}
	return nil
}
