package phidirective

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/analyzerdoc"
	"github.com/phivet/phivet/analyzers/internal/directive"
	"github.com/phivet/phivet/analyzers/internal/shown"
	"github.com/phivet/phivet/analyzers/model"
)

// Analyzer is the phidirective analyzer; init gives it its Doc and URL.
var Analyzer = &analysis.Analyzer{
	Name:       "phidirective",
	FactTypes:  []analysis.Fact{new(model.MarkFact)},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Flag names. The phivet command sets them from its own -config and
// -checks; under go vet they are -phidirective.config and
// -phidirective.checks.
const (
	ConfigFlag = "config"
	CodesFlag  = "checks"
	// TestsFlag reports malformed directives in _test.go files too.
	TestsFlag = shown.TestsFlag
)

func init() {
	analyzerdoc.Describe(Analyzer, docFile, codes.URL(codes.BadDirective))
	Analyzer.Flags.String(ConfigFlag, "", "phivet configuration as canonical JSON (set by the phivet command from phivet.yaml)")
	Analyzer.Flags.String(CodesFlag, "all", "codes to report, staticcheck style: \"all,-PHI3001\"")
	shown.AddTestsFlag(Analyzer)
}

// Result is what later analyzers need from this one.
type Result struct {
	Config *config.Config
	Codes  codes.Selection
	// Marks are the marks this package's directives make.
	Marks map[types.Object]*model.MarkFact
	// Imported are the marks other packages' directives make on objects
	// this package can see. (A pass imports only its own analyzer's facts,
	// so this analyzer hands them on to the others.)
	Imported map[types.Object]*model.MarkFact
	// Diagnostics are the diagnostics this analyzer reported (PHI2002),
	// for tools that embed it and report them themselves.
	Diagnostics []analysis.Diagnostic
	// ignores maps file name → line → the //phi:ignore directives that
	// cover it.
	ignores map[string]map[int][]Ignore
	// show says which of this package's diagnostics are shown.
	show *shown.Rule
}

// Ignore is a //phi:ignore directive with a reason.
type Ignore struct {
	Pos    token.Pos // where the directive is
	Line   int       // the line it covers: its own, or the next when it is alone on its line
	Reason string
}

// Ignores returns every //phi:ignore directive with a reason, by the file
// and line it covers.
func (r *Result) Ignores() map[string]map[int][]Ignore { return r.ignores }

// Reported returns the diagnostics phidirective reported.
func (r *Result) Reported() []analysis.Diagnostic { return r.Diagnostics }

// AllMarks returns this package's marks and the imported ones together.
func (r *Result) AllMarks() map[types.Object]*model.MarkFact {
	all := make(map[types.Object]*model.MarkFact, len(r.Marks)+len(r.Imported))
	for o, m := range r.Imported {
		all[o] = m
	}
	for o, m := range r.Marks {
		all[o] = m
	}
	return all
}

// Suppressed returns the reason of a //phi:ignore that covers pos.
func (r *Result) Suppressed(fset *token.FileSet, pos token.Pos) (string, bool) {
	p := fset.Position(pos)
	ig, ok := r.ignores[p.Filename][p.Line]
	if !ok {
		return "", false
	}
	return ig[0].Reason, true
}

// ConfigOf decodes the configuration flag of pass's analyzer.
func configOf(a *analysis.Analyzer) (*config.Config, error) {
	f := a.Flags.Lookup(ConfigFlag)
	if f == nil {
		return config.Default(), nil
	}
	c, err := config.Decode(f.Value.String())
	if err != nil {
		return nil, fmt.Errorf("phidirective: bad -%s flag: %v", ConfigFlag, err)
	}
	return c, nil
}

func run(pass *analysis.Pass) (any, error) {
	cfg, err := configOf(pass.Analyzer)
	if err != nil {
		return nil, err
	}
	enabled, err := codes.ParseSelection(pass.Analyzer.Flags.Lookup(CodesFlag).Value.String())
	if err != nil {
		return nil, err
	}
	r := &Result{Config: cfg, Codes: enabled, Marks: map[types.Object]*model.MarkFact{}, ignores: map[string]map[int][]Ignore{}, show: shown.New(pass)}
	for _, f := range pass.Files {
		readFile(pass, r, f)
	}
	for obj, mk := range r.Marks {
		if !mk.Empty() {
			pass.ExportObjectFact(obj, mk)
		}
	}
	r.Imported = map[types.Object]*model.MarkFact{}
	for _, of := range pass.AllObjectFacts() {
		if mk, ok := of.Fact.(*model.MarkFact); ok && of.Object.Pkg() != pass.Pkg {
			r.Imported[of.Object] = mk
		}
	}
	return r, nil
}

// target is what a comment group documents.
type target struct {
	what string // "type", "field", "func", "var", "const", "package"
	objs []types.Object
}

// readFile reads the directives of one file. Most files have none, so
// what placing and scoping them takes (the declarations each comment
// documents, where each line's code starts) is worked out only for a
// file that has some.
func readFile(pass *analysis.Pass, r *Result, f *ast.File) {
	var targets map[*ast.CommentGroup]target
	var codeCols map[int]int
	for _, g := range f.Comments {
		ds, errs := directive.InGroup(g)
		for _, e := range errs {
			r.report(pass, e.Pos, e.Msg)
		}
		for _, d := range ds {
			if d.Verb == directive.Ignore {
				if codeCols == nil {
					codeCols = codeColumns(pass.Fset, f)
				}
				r.addIgnore(pass.Fset, d, codeCols)
				continue
			}
			if targets == nil {
				targets = documented(pass, f)
			}
			t, ok := targets[g]
			if !ok || !allowed(d.Verb, t.what) {
				r.report(pass, d.Pos, fmt.Sprintf("//phi:%s %s", d.Verb, placement(d.Verb)))
				continue
			}
			for _, obj := range t.objs {
				mk := r.Marks[obj]
				if mk == nil {
					mk = &model.MarkFact{}
					r.Marks[obj] = mk
				}
				apply(mk, d)
			}
		}
	}
}

// documented maps each comment group of f that documents a declaration
// to what it documents.
func documented(pass *analysis.Pass, f *ast.File) map[*ast.CommentGroup]target {
	targets := map[*ast.CommentGroup]target{}
	add := func(g *ast.CommentGroup, what string, objs ...types.Object) {
		if g != nil {
			t := targets[g]
			t.what = what
			t.objs = append(t.objs, objs...)
			targets[g] = t
		}
	}
	defs := func(ids []*ast.Ident) []types.Object {
		var out []types.Object
		for _, id := range ids {
			if o := pass.TypesInfo.Defs[id]; o != nil {
				out = append(out, o)
			}
		}
		return out
	}
	add(f.Doc, "package")
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			add(d.Doc, "func", defs([]*ast.Ident{d.Name})...)
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					objs := defs([]*ast.Ident{s.Name})
					add(s.Doc, "type", objs...)
					add(s.Comment, "type", objs...)
					if len(d.Specs) == 1 {
						add(d.Doc, "type", objs...)
					}
				case *ast.ValueSpec:
					what := "var"
					if d.Tok == token.CONST {
						what = "const"
					}
					objs := defs(s.Names)
					add(s.Doc, what, objs...)
					add(s.Comment, what, objs...)
					add(d.Doc, what, objs...)
				}
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch t := n.(type) {
		case *ast.StructType:
			if t.Fields != nil {
				for _, fld := range t.Fields.List {
					objs := defs(fld.Names)
					add(fld.Doc, "field", objs...)
					add(fld.Comment, "field", objs...)
				}
			}
		case *ast.InterfaceType:
			// An interface's methods are methods: a directive on one marks
			// it as the configuration's (pkg.Iface).M does, and calls
			// through the interface still reach the implementations.
			if t.Methods != nil {
				for _, m := range t.Methods.List {
					if _, ok := m.Type.(*ast.FuncType); ok {
						objs := defs(m.Names)
						add(m.Doc, "func", objs...)
						add(m.Comment, "func", objs...)
					}
				}
			}
		}
		return true
	})
	return targets
}

func apply(mk *model.MarkFact, d directive.Directive) {
	switch d.Verb {
	case directive.Source:
		mk.Source = d.Class()
	case directive.Sink:
		mk.Sink = d.Kind()
	case directive.Check:
		mk.Check = true
	case directive.Audit:
		mk.Audit = true
	case directive.Sanitize:
		mk.Sanitize = true
	case directive.Requires:
		mk.Requires = d.Guard()
	}
}

func allowed(v directive.Verb, what string) bool {
	if v == directive.Source {
		return what == "type" || what == "field" || what == "func" || what == "var"
	}
	return what == "func"
}

func placement(v directive.Verb) string {
	if v == directive.Source {
		return "must be in the doc comment of a type, struct field, function or package-level variable"
	}
	return "must be in the doc comment of a function or method"
}

func (r *Result) report(pass *analysis.Pass, pos token.Pos, msg string) {
	if !r.Codes.Enabled(codes.BadDirective) || !r.show.Shown(pos) {
		return
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: string(codes.BadDirective),
		Message:  codes.Tag(msg, codes.BadDirective),
		URL:      codes.URL(codes.BadDirective),
	}
	r.Diagnostics = append(r.Diagnostics, d)
	pass.Report(d)
}

// addIgnore records a //phi:ignore: a comment after code covers its own
// line; a comment on a line of its own covers the next line.
func (r *Result) addIgnore(fset *token.FileSet, d directive.Directive, codeCols map[int]int) {
	p := fset.Position(d.Pos)
	line := p.Line
	if col, ok := codeCols[line]; !ok || col > p.Column {
		line++
	}
	m := r.ignores[p.Filename]
	if m == nil {
		m = map[int][]Ignore{}
		r.ignores[p.Filename] = m
	}
	m[line] = append(m[line], Ignore{Pos: d.Pos, Line: line, Reason: d.Reason()})
}

// codeColumns maps each line to the column where its first code starts,
// so a comment can tell whether code precedes it on its line.
func codeColumns(fset *token.FileSet, f *ast.File) map[int]int {
	cols := map[int]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		switch n.(type) {
		case *ast.Comment, *ast.CommentGroup:
			return false
		}
		p := fset.Position(n.Pos())
		if c, ok := cols[p.Line]; !ok || p.Column < c {
			cols[p.Line] = p.Column
		}
		return true
	})
	return cols
}
