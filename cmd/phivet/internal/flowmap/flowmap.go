// Package flowmap builds and renders phivet's data-flow map: for every
// identifiable field, type, source function and variable, where and how it
// is marked, and every sink it reaches with what stands on the path.
//
// The map is built from the same analysis as the findings: phiflow's
// verdicts (every flow judged, acceptable or not), phidirective's marks
// and configuration, and phidiscover's unmarked fields, so it never
// disagrees with them. The JSON schema is documented in docs/map.md.
package flowmap

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"path"
	"reflect"
	"sort"
	"strings"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Version is the version of the JSON schema. It changes only when a field
// is removed or changes meaning.
const Version = 1

// Map is the data-flow inventory of the analysed packages.
type Map struct {
	Version  int        `json:"version"`
	Tool     string     `json:"tool"`
	Packages []string   `json:"packages"`
	Summary  Summary    `json:"summary"`
	Data     []Data     `json:"data"`
	Requires []Flow     `json:"requires"` // calls of functions marked requires
	Unmarked []Unmarked `json:"unmarked"` // fields that look identifiable (PHI3001)
	// Suppressions are the //phi:ignore directives of the analysed
	// packages, with their reasons.
	Suppressions []Suppression `json:"suppressions"`
	// Coverage lists where the analysis knows it may have cut a path
	// (docs/map.md, "Coverage").
	Coverage []Gap `json:"coverage"`
	// Unfollowed are the callees phivet cannot follow that identifiable
	// data reaches, part of coverage (docs/map.md, "Coverage").
	Unfollowed []UnfollowedCallee `json:"unfollowed"`
	// Limits are the functions where the engine reached an internal
	// bound that can cut a path, part of coverage (docs/map.md,
	// "Coverage").
	Limits []LimitReached `json:"limits"`
}

// Gap is a place where an analysis bound was reached, so that a path
// through it may be cut.
type Gap struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Function string `json:"function"`
	What     string `json:"what"`
}

// Suppression is one //phi:ignore directive.
type Suppression struct {
	File   string `json:"file"`
	Line   int    `json:"line"` // the line it covers
	Reason string `json:"reason"`
	Flows  int    `json:"flows"` // the flows of the map it silences
}

// Summary counts the map's contents.
type Summary struct {
	Data       int `json:"data"`
	Flows      int `json:"flows"`
	Acceptable int `json:"acceptable"`
	Findings   int `json:"findings"`   // flows phivet reports
	Suppressed int `json:"suppressed"` // flows silenced by //phi:ignore
	Unmarked   int `json:"unmarked"`
	Unfollowed int `json:"unfollowed"` // calls passing identifiable data to a callee phivet cannot follow
	Limited    int `json:"limited"`    // functions where an internal limit was reached
}

// Data is one piece of identifiable data.
type Data struct {
	Name  string `json:"name"`  // as findings name it: "Patient.Name", "NHSNumber", "Store.GetPatient()"
	Kind  string `json:"kind"`  // "field", "type", "func", "var", "record" or "" when declared outside the analysed packages
	Class string `json:"class"` // "direct", "indirect", "clinical"; a record lists its fields' classes
	Marks []Mark `json:"marks"` // where and how it is marked
	Flows []Flow `json:"flows"` // the sinks it reaches

	pkg string // the declaring package's path: what tells apart data named alike
}

// Mark is one way a declaration is marked.
type Mark struct {
	How  string `json:"how"`  // "tag", "directive" or "config"
	Decl string `json:"decl"` // the declaration's full name: "example.com/clinic/model.Patient.Name"
	File string `json:"file"` // the declaration, or for config the phivet.yaml
	Line int    `json:"line"`
}

// Flow is one flow of data to a sink.
type Flow struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Function string `json:"function"` // enclosing function: "(*Handler).create"
	Sink     string `json:"sink"`     // "log.Printf"; for requires, the function called
	Kind     string `json:"kind"`     // "log", "export", "transmit", "respond"; "url"; "requires check|audit"
	// Recipient is who receives the data, as the sink call shows it:
	// "host reports.example.org", "file /var/export/patients.csv",
	// "logger h.Log", "logger log (package default)", "standard output",
	// "the caller (the response)", or "unknown".
	Recipient string `json:"recipient"`
	// Status is what stands on the path: "checked", "audited", "checked
	// and audited", "sanitized", "allowed by policy" (acceptable);
	// "unguarded", "insufficient" (a guard holds but the policy or the
	// sink wants more); "suppressed" (//phi:ignore, Reason says why).
	Status     string `json:"status"`
	Acceptable bool   `json:"acceptable"`
	Code       string `json:"code"`     // the code it is, or would be, reported as
	Why        string `json:"why"`      // the verdict's words: "checked", "without a disclosure check or an audit call"
	Reason     string `json:"reason"`   // the //phi:ignore reason, for a suppressed flow
	Reported   bool   `json:"reported"` // phivet reports it as a finding
}

// Unmarked is a field that looks identifiable and is not marked.
type Unmarked struct {
	Name     string `json:"name"`
	Looks    string `json:"looks"` // "date of birth"
	Class    string `json:"class"` // the class suggested
	File     string `json:"file"`
	Line     int    `json:"line"`
	Reported bool   `json:"reported"`
	Reason   string `json:"reason"` // the //phi:ignore reason, if suppressed
}

// Package is what Build needs of one analysed package.
type Package struct {
	Path     string
	Fset     *token.FileSet
	Files    []*ast.File
	Types    *types.Package
	Info     *types.Info
	Dir      *phidirective.Result
	Flow     *phiflow.Result
	Discover *phidiscover.Result
}

// flowResults yields each package with the engine's result on it; a
// package phiflow failed on has none and is passed over.
func flowResults(pkgs []Package) iter.Seq2[Package, *taint.Result] {
	return func(yield func(Package, *taint.Result) bool) {
		for _, p := range pkgs {
			if p.Flow == nil || p.Flow.Result == nil {
				continue
			}
			if !yield(p, p.Flow.Result) {
				return
			}
		}
	}
}

// unsettledCycle says what an unsettled call cycle means for the map.
const unsettledCycle = "a call cycle through this function did not settle within the engine's bound on passes: its summaries and flows are those of the last pass, so a path through it may be cut"

// Build makes the map of pkgs; file names are made relative by rel.
func Build(tool string, pkgs []Package, rel func(string) string) *Map {
	m := &Map{Version: Version, Tool: tool, Packages: []string{}, Data: []Data{}, Requires: []Flow{}, Unmarked: []Unmarked{}, Suppressions: []Suppression{}, Coverage: []Gap{}}
	b := &builder{m: m, rel: rel, data: map[dataKey]*Data{}}
	for _, p := range pkgs {
		m.Packages = append(m.Packages, p.Path)
		b.marks(p)
	}
	for _, p := range pkgs {
		if p.Flow != nil {
			for _, v := range p.Flow.Verdicts {
				b.verdict(p, v)
			}
		}
		if p.Flow != nil && p.Flow.Result != nil {
			for _, pos := range p.Flow.Unsettled {
				ps := p.Fset.Position(pos)
				m.Coverage = append(m.Coverage, Gap{File: rel(ps.Filename), Line: ps.Line, Function: EnclosingFunc(p.Files, pos), What: unsettledCycle})
			}
		}
		if p.Discover != nil {
			for _, u := range p.Discover.Fields {
				pos := p.Fset.Position(u.Pos)
				m.Unmarked = append(m.Unmarked, Unmarked{Name: u.Name, Looks: u.What, Class: u.Class.String(),
					File: rel(pos.Filename), Line: pos.Line, Reported: u.Reported, Reason: u.Suppressed})
			}
		}
	}
	alike := map[string]int{}
	for k := range b.data {
		alike[k.name]++
	}
	for k, d := range b.data {
		d.Flows = dedupe(d.Flows)
		if alike[k.name] > 1 && k.pkg != "" {
			// Named as the findings name it when two packages declare alike.
			d.Name = path.Base(k.pkg) + "." + d.Name
		}
		m.Data = append(m.Data, *d)
	}
	sort.Slice(m.Data, func(i, j int) bool {
		a, c := m.Data[i], m.Data[j]
		return cmp.Or(cmp.Compare(classRank(a.Class), classRank(c.Class)), cmp.Compare(a.Name, c.Name), cmp.Compare(a.pkg, c.pkg)) < 0
	})
	sort.Strings(m.Packages)
	m.Requires = dedupe(m.Requires)
	sort.Slice(m.Unmarked, func(i, j int) bool {
		a, c := m.Unmarked[i], m.Unmarked[j]
		if a.File != c.File {
			return a.File < c.File
		}
		return a.Line < c.Line
	})
	m.Summary.Data = len(m.Data)
	for _, d := range m.Data {
		for _, f := range d.Flows {
			m.Summary.count(f)
		}
	}
	for _, f := range m.Requires {
		m.Summary.count(f)
	}
	m.Summary.Unmarked = len(m.Unmarked)
	m.Unfollowed = unfollowed(pkgs, rel)
	for _, u := range m.Unfollowed {
		m.Summary.Unfollowed += u.Count
	}
	m.Limits = limits(pkgs, rel)
	m.Summary.Limited = limitedFunctions(m.Limits)
	m.Suppressions = suppressions(pkgs, m, rel)
	return m
}

func (s *Summary) count(f Flow) {
	s.Flows++
	switch {
	case f.Acceptable:
		s.Acceptable++
	case f.Reported:
		s.Findings++
	case f.Reason != "":
		s.Suppressed++
	}
}

// classRank orders classes most identifying first: direct, clinical,
// indirect, then anything else.
func classRank(c string) int {
	for i, class := range [...]string{"direct", "clinical", "indirect"} {
		if strings.HasPrefix(c, class) {
			return i
		}
	}
	return 3
}

func sortFlows(fs []Flow) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column)) < 0
	})
}

// dedupe sorts flows and drops repeats: two paths from one datum to one
// place are one flow in the map.
func dedupe(fs []Flow) []Flow {
	sortFlows(fs)
	out := fs[:0]
	for i, f := range fs {
		if i == 0 || f != fs[i-1] {
			out = append(out, f)
		}
	}
	return out
}

type builder struct {
	m    *Map
	rel  func(string) string
	data map[dataKey]*Data
}

// dataKey names one piece of data: two types named alike in two
// packages are two pieces of data.
type dataKey struct{ pkg, name string }

func (b *builder) entry(pkg, name, kind string, class vocab.Class) *Data {
	k := dataKey{pkg, name}
	d := b.data[k]
	if d == nil {
		d = &Data{Name: name, Kind: kind, Class: class.String(), Marks: []Mark{}, Flows: []Flow{}, pkg: pkg}
		b.data[k] = d
	}
	if d.Kind == "" {
		d.Kind = kind
	}
	if d.Class == "" {
		d.Class = class.String()
	}
	return d
}

// marks lists the identifiable declarations of p and how each is marked.
func (b *builder) marks(p Package) {
	cfg := p.Dir.Config
	mdl := model.New(cfg, p.Dir.AllMarks(), nil)
	configMarks := func(key, name string) []Mark {
		var out []Mark
		for _, s := range cfg.Sources {
			if s.Key() != key || !s.Class.Identifiable() {
				continue
			}
			if pat, err := config.CompilePattern(s.Name()); err == nil && pat.Match(name) {
				out = append(out, Mark{How: "config", Decl: name, File: b.rel(cfg.File), Line: s.Line})
			}
		}
		return out
	}
	at := func(pos token.Pos) (string, int) {
		ps := p.Fset.Position(pos)
		return b.rel(ps.Filename), ps.Line
	}
	directive := func(obj types.Object, decl string) []Mark {
		if mk := p.Dir.Marks[obj]; mk != nil && mk.Source.Identifiable() {
			f, l := at(obj.Pos())
			return []Mark{{How: "directive", Decl: decl, File: f, Line: l}}
		}
		return nil
	}
	scope := p.Types.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		full := p.Types.Path() + "." + name
		switch o := obj.(type) {
		case *types.TypeName:
			if c := mdl.TypeClass(o.Type()); c != vocab.ClassUnset {
				ms := append(directive(o, full), configMarks("type", full)...)
				d := b.entry(p.Types.Path(), name, "type", c)
				d.Marks = append(d.Marks, ms...)
			}
			named, ok := o.Type().(*types.Named)
			if !ok || o.IsAlias() {
				continue
			}
			st, ok := named.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := 0; i < st.NumFields(); i++ {
				c := mdl.FieldClass(named, st, i)
				if !c.Identifiable() {
					continue
				}
				f := st.Field(i)
				fname := full + "." + f.Name()
				var ms []Mark
				if _, ok := reflect.StructTag(st.Tag(i)).Lookup("phi"); ok {
					file, line := at(f.Pos())
					ms = append(ms, Mark{How: "tag", Decl: fname, File: file, Line: line})
				}
				ms = append(ms, directive(f, fname)...)
				ms = append(ms, configMarks("field", fname)...)
				d := b.entry(p.Types.Path(), name+"."+f.Name(), "field", c)
				d.Marks = append(d.Marks, ms...)
			}
			for i := 0; i < named.NumMethods(); i++ {
				b.funcMark(named.Method(i), mdl, directive, configMarks)
			}
		case *types.Func:
			b.funcMark(o, mdl, directive, configMarks)
		case *types.Var:
			if c := mdl.Mark(o).Source; c.Identifiable() {
				d := b.entry(p.Types.Path(), p.Types.Name()+"."+name, "var", c)
				d.Marks = append(d.Marks, append(directive(o, full), configMarks("var", full)...)...)
			}
		}
	}
}

func (b *builder) funcMark(fn *types.Func, mdl *model.Model, directive func(types.Object, string) []Mark, configMarks func(string, string) []Mark) {
	c := mdl.Mark(fn).Source
	if !c.Identifiable() {
		return
	}
	name := fn.Name() + "()"
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	} else {
		name = fn.Pkg().Name() + "." + name
	}
	d := b.entry(fn.Pkg().Path(), name, "func", c)
	d.Marks = append(d.Marks, append(directive(fn, fn.FullName()), configMarks("func", fn.FullName())...)...)
}

// verdict adds a judged flow to the data it carries.
func (b *builder) verdict(p Package, v phiflow.Verdict) {
	fl := v.Flow
	pos := p.Fset.Position(fl.Pos)
	f := Flow{
		File: b.rel(pos.Filename), Line: pos.Line, Column: pos.Column,
		Function:   EnclosingFunc(p.Files, fl.Pos),
		Sink:       fl.Sink.Name,
		Kind:       fl.Sink.Kind.String(),
		Acceptable: v.Acceptable,
		Code:       string(v.Code),
		Why:        v.Why,
		Reason:     v.Suppressed,
		Reported:   v.Reported,
	}
	if fl.Sink.URL {
		f.Kind = "url"
	}
	f.Recipient = recipient(p, fl)
	f.Status = status(v, fl.Guards)
	if fl.Requires != vocab.GuardNone {
		f.Sink, f.Kind = fl.Callee, "requires "+fl.Requires.String()
		b.m.Requires = append(b.m.Requires, f)
		return
	}
	for _, l := range fl.Data {
		if !l.Concrete() {
			continue
		}
		kind := ""
		if l.Record {
			kind = "record"
		}
		g := f
		if l.Sanitized && !v.Acceptable {
			// This datum was sanitized on the way; others in the same
			// flow were not.
			g.Status, g.Acceptable, g.Reported, g.Why = "sanitized", true, false, "sanitized"
		}
		d := b.entry(l.Pkg, l.Name, kind, l.Class)
		d.Flows = append(d.Flows, g)
	}
}

func status(v phiflow.Verdict, g taint.Guards) string {
	switch {
	case v.Suppressed != "":
		return "suppressed"
	case v.Acceptable:
		return v.Why
	case g.Check || g.Audit:
		return "insufficient"
	}
	return "unguarded"
}

// EnclosingFunc names the function declaration containing pos, as
// findings do: "(*Server).handleGet"; "" at package level.
func EnclosingFunc(files []*ast.File, pos token.Pos) string {
	for _, f := range files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if fd.Recv == nil || len(fd.Recv.List) == 0 {
				return fd.Name.Name
			}
			return "(" + types.ExprString(fd.Recv.List[0].Type) + ")." + fd.Name.Name
		}
	}
	return ""
}
