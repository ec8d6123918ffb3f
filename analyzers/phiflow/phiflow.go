package phiflow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/internal/analyzerdoc"
	"github.com/phivet/phivet/analyzers/internal/shown"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/taint"
)

// Analyzer is the phiflow analyzer; init gives it its Doc and URL.
var Analyzer = &analysis.Analyzer{
	Name:       "phiflow",
	FactTypes:  []analysis.Fact{new(taint.SummaryFact), new(taint.AnalysedFact), new(taint.FuncSlotsFact), new(taint.HiddenImplsFact)},
	Requires:   []*analysis.Analyzer{phidirective.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// TestsFlag is the name of the flag that reports findings in _test.go
// files too.
const TestsFlag = shown.TestsFlag

func init() { shown.AddTestsFlag(analyzerdoc.Describe(Analyzer, docFile, codes.IndexURL)) }

// Result is what phiflow found in a package: the engine's flows and
// summaries, and the diagnostics it reported (for tools that embed it).
type Result struct {
	*taint.Result
	// Verdicts says how every flow judged in the package was judged.
	Verdicts    []Verdict
	Diagnostics []analysis.Diagnostic
}

// InternalCategory is the category of the diagnostic phiflow reports when
// it fails on a package: drivers show it as an error naming the package,
// and the other packages are still analysed.
const InternalCategory = "internal"

func run(pass *analysis.Pass) (any, error) { return runWith(pass, nil) }

// Complete is phiflow's Run for the phivet command's completion step: it
// judges the package again, its interface calls reaching the
// implementations prog finds across the whole program, and exports no
// facts (the package's importers are done).
func Complete(prog taint.Program) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) { return runWith(pass, prog) }
}

func runWith(pass *analysis.Pass, prog taint.Program) (res any, err error) {
	defer func() {
		if r := recover(); r != nil {
			// The diagnostic names the package only; a developer chasing
			// the bug sets PHIVET_DEBUG_PANIC to see where it happened.
			if os.Getenv("PHIVET_DEBUG_PANIC") != "" {
				debug.PrintStack()
			}
			// A bug in phiflow must not take the other packages down with
			// it (an error would fail every package importing this one):
			// report it here, against the package, and carry on without
			// its facts.
			pos := token.NoPos
			if len(pass.Files) > 0 {
				pos = pass.Files[0].Package
			}
			d := analysis.Diagnostic{Pos: pos, Category: InternalCategory,
				Message: fmt.Sprintf("phivet internal error analysing package %s: %v (please report it)", pass.Pkg.Path(), r)}
			pass.Report(d)
			res, err = &Result{Result: &taint.Result{}, Diagnostics: []analysis.Diagnostic{d}}, nil
		}
	}()
	return analyse(pass, prog)
}

func analyse(pass *analysis.Pass, prog taint.Program) (*Result, error) {
	dir := pass.ResultOf[phidirective.Analyzer].(*phidirective.Result)
	if isStandard(pass) || catalog.Standard.Models(pass.Pkg.Path()) {
		// The catalog models the standard library and the libraries it
		// has tables for; analysing their bodies would cost much and add
		// nothing.
		return &Result{Result: &taint.Result{}}, nil
	}
	ssaprog := ssa.NewProgram(pass.Fset, ssa.BuilderMode(0))
	for _, p := range pass.Pkg.Imports() {
		ssaprog.CreatePackage(p, nil, nil, true)
	}
	ssapkg := ssaprog.CreatePackage(pass.Pkg, pass.Files, ssaInfo(pass.TypesInfo, isDependency(pass)), false)
	ssapkg.Build()

	eng := &taint.Engine{
		Fset:       pass.Fset,
		Pkg:        pass.Pkg,
		Model:      model.New(dir.Config, dir.AllMarks(), nil),
		Catalog:    catalog.Standard,
		Dependency: isDependency(pass),
		ImportSummary: func(fn *types.Func) *taint.Summary {
			var f taint.SummaryFact
			if pass.ImportObjectFact(fn, &f) {
				return &f.Summary
			}
			return nil
		},
		Analysed: func(pkg *types.Package) bool {
			return pass.ImportPackageFact(pkg, new(taint.AnalysedFact))
		},
		Program: prog,
		ImportFuncSlots: func(pkg *types.Package) *taint.FuncSlotsFact {
			var f taint.FuncSlotsFact
			if pass.ImportPackageFact(pkg, &f) {
				return &f
			}
			return nil
		},
		ImportHiddenImpls: func(pkg *types.Package) *taint.HiddenImplsFact {
			var f taint.HiddenImplsFact
			if pass.ImportPackageFact(pkg, &f) {
				return &f
			}
			return nil
		},
	}
	if prog == nil {
		pass.ExportPackageFact(&taint.AnalysedFact{})
	}
	funcs := sourceFuncs(pass, ssapkg)
	res := eng.Analyze(funcs, pass.Files)
	if prog == nil {
		// The completion step (prog set) re-judges a package whose facts
		// were exported already.
		places := newStepPlaces(pass.Fset)
		place := placer(places)
		facts := make(map[*types.Func]*taint.SummaryFact, len(res.Summaries))
		for obj, sum := range res.Summaries {
			if fact := exportable(places, place, sum); fact != nil {
				pass.ExportObjectFact(obj, fact)
				facts[obj] = fact
			}
		}
		if fact := exportableSlots(places, place, res.FuncSlots); fact != nil {
			pass.ExportPackageFact(fact)
		}
		if fact := hiddenImpls(pass, funcs, facts, res); fact != nil {
			pass.ExportPackageFact(fact)
		}
	}
	out := &Result{Result: res}
	r := &reporter{pass: pass, out: out, dir: dir}
	r.files()
	for _, fl := range res.Flows {
		r.flow(fl)
	}
	for _, ic := range res.Ignored {
		if !r.shown(ic.Pos, codes.IgnoredCheck) {
			continue
		}
		if _, ok := dir.Suppressed(pass.Fset, ic.Pos); ok {
			continue
		}
		r.report(ic.Pos, codes.IgnoredCheck, fmt.Sprintf("the result of disclosure check %s is ignored: branch on it before disclosing", ic.Check), nil)
	}
	r.flush()
	return out, nil
}

// isStandard reports whether pass analyses a standard library package:
// one outside any module whose path has no dot in its first element.
func isStandard(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Path != "" {
		return false
	}
	first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
	return !strings.Contains(first, ".")
}

// sourceFuncs lists the functions declared in the package's files, and
// the package initializer (which holds package-level function literals).
func sourceFuncs(pass *analysis.Pass, pkg *ssa.Package) []*ssa.Function {
	var out []*ssa.Function
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if fn := pkg.Prog.FuncValue(obj); fn != nil {
				out = append(out, fn)
			}
		}
	}
	if init := pkg.Func("init"); init != nil {
		out = append(out, init)
	}
	return out
}

// hiddenImpls is the fact listing the package's hidden implementations
// (analyzers/taint/hiddenimpls.go), or nil when it has none. Its
// methods' summaries are the facts the package exported for them.
func hiddenImpls(pass *analysis.Pass, funcs []*ssa.Function, facts map[*types.Func]*taint.SummaryFact, res *taint.Result) *taint.HiddenImplsFact {
	hidden := taint.HiddenTypes(pass.Pkg, funcs, catalog.Standard)
	if len(hidden) == 0 {
		return nil
	}
	summary := func(fn *types.Func) *taint.Summary {
		if f := facts[fn]; f != nil {
			return &f.Summary
		}
		return nil
	}
	mark := func(fn *types.Func) *model.MarkFact { return res.Marks[fn] }
	fact := &taint.HiddenImplsFact{}
	for _, n := range hidden {
		fact.Types = append(fact.Types, taint.HiddenTypeOf(n, summary, mark))
	}
	return fact
}

// exportable turns a summary into a fact: positions become file:line
// text, which stays meaningful in another package's run.
func exportable(places *stepPlaces, place func(*taint.Step) *taint.Step, s *taint.Summary) *taint.SummaryFact {
	if len(s.Results) == 0 && len(s.Outs) == 0 && len(s.ResultFields) == 0 && len(s.ResultAliases) == 0 && len(s.ParamLinks) == 0 && len(s.Sinks) == 0 && len(s.Writes) == 0 && s.Check == nil && !s.Audit && s.AuditOnSuccess == nil &&
		s.Own == 0 && s.Fresh == 0 && s.Fills == 0 && s.FillsOwn == 0 && len(s.Unfollowed) == 0 && len(s.SlotCalls) == 0 && len(s.IfaceCalls) == 0 && len(s.FuncCalls) == 0 && len(s.Passes) == 0 &&
		len(s.Accessors) == 0 && len(s.ResultFuncs) == 0 && len(s.Queries) == 0 && len(s.Clears) == 0 {
		return nil
	}
	where := func(st []taint.Step) []taint.Step {
		out := make([]taint.Step, len(st))
		for i, x := range st {
			out[i] = places.placed(x)
		}
		return out
	}
	labels := func(set taint.Set) taint.Set { return set.Portable(place) }
	f := &taint.SummaryFact{Summary: taint.Summary{Check: s.Check, Audit: s.Audit, AuditOnSuccess: s.AuditOnSuccess, ResultGuards: s.ResultGuards, ResultAliases: s.ResultAliases, ParamLinks: s.ParamLinks, Passes: s.Passes, Queries: s.Queries, FuncCalls: s.FuncCalls, Accessors: s.Accessors, Own: s.Own, Fresh: s.Fresh, Fills: s.Fills, FillsOwn: s.FillsOwn, Clears: s.Clears, Conds: s.Conds}}
	for _, t := range s.Results {
		f.Results = append(f.Results, taint.Taint{Data: labels(t.Data), Dest: t.Dest})
	}
	literal := func(s *taint.Summary) *taint.Summary {
		if sub := exportable(places, place, s); sub != nil {
			return &sub.Summary
		}
		return &taint.Summary{}
	}
	for _, rf := range s.ResultFuncs {
		out := taint.ResultFunc{Result: rf.Result, Summary: literal(rf.Summary), Func: rf.Func}
		for _, ff := range rf.Free {
			if ff.Literal != nil {
				ff.Literal = literal(ff.Literal)
			}
			out.Free = append(out.Free, ff)
		}
		f.ResultFuncs = append(f.ResultFuncs, out)
	}
	for _, o := range s.Outs {
		o.Taint.Data = labels(o.Taint.Data)
		f.Outs = append(f.Outs, o)
	}
	for _, o := range s.ResultFields {
		o.Taint.Data = labels(o.Taint.Data)
		f.ResultFields = append(f.ResultFields, o)
	}
	for _, ps := range s.Sinks {
		ps.Steps = where(ps.Steps)
		if len(ps.More) > 0 {
			more := make([][]taint.Step, len(ps.More))
			for i, st := range ps.More {
				more[i] = where(st)
			}
			ps.More = more
		}
		f.Sinks = append(f.Sinks, ps)
	}
	for _, ws := range s.Writes {
		ws.Steps = where(ws.Steps)
		ws.Data = labels(ws.Data)
		f.Writes = append(f.Writes, ws)
	}
	for _, pu := range s.Unfollowed {
		pu.At = placedFile(places.fset, pu.At)
		f.Unfollowed = append(f.Unfollowed, pu)
	}
	for _, sc := range s.SlotCalls {
		sc.Steps = where(sc.Steps)
		f.SlotCalls = append(f.SlotCalls, sc)
	}
	for _, ic := range s.IfaceCalls {
		ic.Steps = where(ic.Steps)
		f.IfaceCalls = append(f.IfaceCalls, ic)
	}
	return f
}

// exportableSlots turns the function values the package stored into
// slots into a fact; a literal's summary is made portable as any other.
func exportableSlots(places *stepPlaces, place func(*taint.Step) *taint.Step, slots map[string][]taint.FuncSlot) *taint.FuncSlotsFact {
	if len(slots) == 0 {
		return nil
	}
	f := &taint.FuncSlotsFact{Slots: make([]taint.SlotFuncs, 0, len(slots))}
	for k, fss := range slots {
		out := make([]taint.FuncSlot, len(fss))
		for i, fs := range fss {
			if fs.Lit != nil {
				if lit := exportable(places, place, fs.Lit); lit != nil {
					fs.Lit = &lit.Summary
				} else {
					fs.Lit = &taint.Summary{}
				}
			}
			out[i] = fs
		}
		f.Slots = append(f.Slots, taint.SlotFuncs{Slot: k, Funcs: out})
	}
	sort.Slice(f.Slots, func(i, j int) bool { return f.Slots[i].Slot < f.Slots[j].Slot })
	return f
}

// placer returns a function that gives a label's origin the place a fact
// carries ("file.go:12:3" instead of a position in this package's file
// set). An origin is shared by every label the data reached, in every
// summary of the package, so each is placed once.
func placer(places *stepPlaces) func(*taint.Step) *taint.Step {
	done := map[*taint.Step]*taint.Step{}
	return func(o *taint.Step) *taint.Step {
		if !o.Pos.IsValid() {
			return o
		}
		p, ok := done[o]
		if !ok {
			w := places.placed(*o)
			p = &w
			done[o] = p
		}
		return p
	}
}

// placed returns st with its position, if it has one, as the
// "file.go:12:3" text a fact carries.
func (sp *stepPlaces) placed(st taint.Step) taint.Step {
	if st.Pos.IsValid() {
		w, ok := sp.where[st.Pos]
		if !ok {
			p := sp.fset.Position(st.Pos)
			w = fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
			sp.where[st.Pos] = w
		}
		st.Where, st.Pos = w, token.NoPos
	}
	return st
}

// stepPlaces gives a package's positions the text facts carry, each
// position's made once: one call's step recurs in the steps of many
// sinks and summaries, and the facts live until every importer is done
// (to the end of the run, for the phivet command's completion step), so
// each copy of the text was memory held for nothing.
type stepPlaces struct {
	fset  *token.FileSet
	where map[token.Pos]string
}

func newStepPlaces(fset *token.FileSet) *stepPlaces {
	return &stepPlaces{fset: fset, where: map[token.Pos]string{}}
}

// placedFile is placed with the file's whole name, as the data-flow map
// shows a place in another package ("/src/relay/relay.go:10:2").
func placedFile(fset *token.FileSet, st taint.Step) taint.Step {
	if st.Pos.IsValid() {
		p := fset.Position(st.Pos)
		st.Where = fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
		st.Pos = token.NoPos
	}
	return st
}

// Reported returns the diagnostics phiflow reported.
func (r *Result) Reported() []analysis.Diagnostic { return r.Diagnostics }
