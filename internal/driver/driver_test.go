package driver

import (
	"errors"
	"go/types"
	"maps"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/internal/pkgload"
)

type markFact struct{ Pkg string }

func (*markFact) AFact()           {}
func (f *markFact) String() string { return "mark " + f.Pkg }

type seenFact struct{}

func (*seenFact) AFact() {}

// visibility is what the mark analyzer could see from a package: for each
// object of the package and its transitive imports, whether a fact about
// it was importable, and which objects AllObjectFacts listed.
type visibility struct {
	imported map[string]bool
	listed   map[string]bool
	pkgFacts map[string]bool
}

// mark exports a fact about every object its package declares, and
// records which facts of the packages below reach it.
var mark = &analysis.Analyzer{
	Name:       "mark",
	Doc:        "test: facts about every object",
	FactTypes:  []analysis.Fact{new(markFact), new(seenFact)},
	ResultType: reflect.TypeFor[*visibility](),
	Run: func(pass *analysis.Pass) (any, error) {
		for _, obj := range objectsOf(pass.Pkg) {
			pass.ExportObjectFact(obj, &markFact{Pkg: pass.Pkg.Path()})
		}
		pass.ExportPackageFact(&seenFact{})
		v := &visibility{imported: map[string]bool{}, listed: map[string]bool{}, pkgFacts: map[string]bool{}}
		for _, pkg := range closure(pass.Pkg) {
			for _, obj := range objectsOf(pkg) {
				var f markFact
				v.imported[nameOf(obj)] = pass.ImportObjectFact(obj, &f)
				if v.imported[nameOf(obj)] && f.Pkg != pkg.Path() {
					return nil, errors.New("fact about " + nameOf(obj) + " says it came from " + f.Pkg)
				}
			}
			v.pkgFacts[pkg.Path()] = pass.ImportPackageFact(pkg, new(seenFact))
		}
		for _, of := range pass.AllObjectFacts() {
			v.listed[nameOf(of.Object)] = true
		}
		return v, nil
	},
}

// objectsOf lists a package's package-level objects, methods and fields
// (not those of another package's type it names by an alias).
func objectsOf(pkg *types.Package) []types.Object {
	var out []types.Object
	add := func(obj types.Object) {
		if obj.Pkg() == pkg {
			out = append(out, obj)
		}
	}
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		add(obj)
		if named, ok := obj.Type().(*types.Named); ok {
			for i := range named.NumMethods() {
				add(named.Method(i))
			}
			if st, ok := named.Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					add(st.Field(i))
				}
			}
		}
	}
	return out
}

func closure(pkg *types.Package) []*types.Package {
	var out []*types.Package
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		out = append(out, p)
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return out
}

func nameOf(obj types.Object) string {
	prefix := obj.Pkg().Name() + "."
	if fn, ok := obj.(*types.Func); ok && fn.Signature().Recv() != nil {
		return prefix + "T." + obj.Name()
	}
	if v, ok := obj.(*types.Var); ok && v.IsField() {
		return prefix + "T." + obj.Name()
	}
	return prefix + obj.Name()
}

// rootOnly has no facts: like go/analysis/checker, the driver runs it on
// the packages it is given and not on their dependencies.
var rootOnly = &analysis.Analyzer{
	Name:       "rootonly",
	Doc:        "test: no facts",
	Requires:   []*analysis.Analyzer{mark},
	ResultType: reflect.TypeFor[int](),
	Run:        func(pass *analysis.Pass) (any, error) { return len(pass.Files), nil },
}

type visited struct {
	mu   sync.Mutex
	pkgs map[string]*Package
	// syntax records whether each package had its syntax during Visit.
	syntax map[string]bool
	// dropped lists, for each package, the transitive imports whose
	// types were gone during its Visit.
	dropped map[string][]string
}

func runOn(t *testing.T, analyzers []*analysis.Analyzer, parallel int, patterns ...string) (*visited, []*packages.Package) {
	t.Helper()
	return runWith(t, analyzers, Options{Parallel: parallel}, patterns...)
}

func runWith(t *testing.T, analyzers []*analysis.Analyzer, opts Options, patterns ...string) (*visited, []*packages.Package) {
	t.Helper()
	g, err := pkgload.NewGraph(filepath.Join("testdata", "mod"), patterns...)
	if err != nil {
		t.Fatal(err)
	}
	v := &visited{pkgs: map[string]*Package{}, syntax: map[string]bool{}, dropped: map[string][]string{}}
	opts.Check = g.Check
	visit := opts.Visit
	opts.Visit = func(p *Package) {
		if visit != nil {
			visit(p)
		}
		v.mu.Lock()
		defer v.mu.Unlock()
		v.pkgs[p.PkgPath] = p
		v.syntax[p.PkgPath] = len(p.Syntax) > 0 && p.TypesInfo != nil
		packages.Visit(slices.Collect(maps.Values(p.Imports)), nil, func(imp *packages.Package) {
			if imp.Types == nil {
				v.dropped[p.PkgPath] = append(v.dropped[p.PkgPath], imp.PkgPath)
			}
		})
	}
	Run(analyzers, g.Roots, opts)
	return v, g.Roots
}

// Facts reach importers exactly as go/analysis/checker passes them on:
// facts about exported package-level functions and about variables
// reach direct importers only, facts about unexported functions reach
// no one, and facts about types, constants, fields and methods travel
// the whole way. Package facts reach every importer.
func TestFactsReachImportersAsTheCheckerPassesThemOn(t *testing.T) {
	for _, parallel := range []int{1, 0} {
		v, _ := runOn(t, []*analysis.Analyzer{rootOnly}, parallel, "./a", "./b")
		want := map[string]map[string]bool{
			"example.com/mod/b": {
				"b.B": true, "c.Exported": true, "c.unexported": false, "c.V": true,
				"c.K": true, "c.T": true, "c.T.M": true, "c.T.F": true,
			},
			"example.com/mod/a": {
				"a.A": true, "b.B": true, "c.Exported": false, "c.unexported": false, "c.V": false,
				"c.K": true, "c.T": true, "c.T.M": true, "c.T.F": true,
			},
		}
		for path, objs := range want {
			p := v.pkgs[path]
			if p == nil || len(p.Failures) > 0 {
				t.Fatalf("%s: not analysed (%v)", path, p)
			}
			vis := p.Results[mark].(*visibility)
			for name, ok := range objs {
				if vis.imported[name] != ok {
					t.Errorf("parallel %d: %s: fact about %s importable = %v, want %v", parallel, path, name, vis.imported[name], ok)
				}
				if vis.listed[name] != ok {
					t.Errorf("parallel %d: %s: fact about %s in AllObjectFacts = %v, want %v", parallel, path, name, vis.listed[name], ok)
				}
			}
			for _, dep := range []string{"example.com/mod/c", path} {
				if !vis.pkgFacts[dep] {
					t.Errorf("%s: package fact of %s not importable", path, dep)
				}
			}
		}
	}
}

// Analyzers with facts run on every dependency, the others on the roots
// only; each package's syntax and types.Info are alive during Visit and
// dropped after it, while its types stay until every package importing
// it is done.
func TestStreamsPackagesAndDropsTheirSyntax(t *testing.T) {
	v, roots := runOn(t, []*analysis.Analyzer{rootOnly}, 0, "./a", "./handler")
	for path, wantRoot := range map[string]bool{"example.com/mod/a": true, "example.com/mod/b": false, "example.com/mod/c": false} {
		p := v.pkgs[path]
		if p == nil {
			t.Fatalf("%s not visited", path)
		}
		if p.Root != wantRoot {
			t.Errorf("%s: Root = %v, want %v", path, p.Root, wantRoot)
		}
		var names []string
		for a := range maps.Keys(p.Results) {
			names = append(names, a.Name)
		}
		slices.Sort(names)
		want := []string{"mark"}
		if wantRoot {
			want = []string{"mark", "rootonly"}
		}
		if !slices.Equal(names, want) {
			t.Errorf("%s: ran %v, want %v", path, names, want)
		}
		if !v.syntax[path] {
			t.Errorf("%s had no syntax or types.Info during Visit", path)
		}
	}
	if len(v.pkgs) < 6 {
		t.Errorf("visited %d packages, want a, b, c, handler, wrap, records and their standard imports", len(v.pkgs))
	}
	for path, gone := range v.dropped {
		t.Errorf("%s: the types of its imports %v were dropped before it was done", path, gone)
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Syntax != nil || p.TypesInfo != nil {
			t.Errorf("%s: syntax kept after the run", p.PkgPath)
		}
		if p.Types != nil {
			t.Errorf("%s: types kept after the run", p.PkgPath)
		}
	})
	if v.pkgs["fmt"] != nil && len(v.pkgs["fmt"].Failures) > 0 {
		t.Errorf("fmt: %v", v.pkgs["fmt"].Failures)
	}
}

// With KeepTypes, for a Visit that holds on to syntax, every package
// keeps the types it was checked with.
func TestKeepTypesKeepsEveryPackagesTypes(t *testing.T) {
	_, roots := runWith(t, []*analysis.Analyzer{rootOnly}, Options{KeepTypes: true}, "./a")
	packages.Visit(roots, nil, func(p *packages.Package) {
		if p.Types == nil || !p.Types.Complete() {
			t.Errorf("%s: types dropped", p.PkgPath)
		}
	})
}

// A panic is one analyzer's failure on one package: it is reported, the
// analyzers that depend on it there and on its importers are marked as
// not run because of it, and the run goes on.
func TestPanicFailsOnePackage(t *testing.T) {
	boom := &analysis.Analyzer{
		Name:       "boom",
		Doc:        "test: panics on c",
		FactTypes:  []analysis.Fact{new(seenFact)},
		ResultType: reflect.TypeFor[int](),
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == "c" {
				panic("bug")
			}
			return 0, nil
		},
	}
	after := &analysis.Analyzer{
		Name:       "after",
		Doc:        "test: requires boom",
		Requires:   []*analysis.Analyzer{boom},
		ResultType: reflect.TypeFor[int](),
		Run:        func(*analysis.Pass) (any, error) { return 0, nil },
	}
	v, _ := runOn(t, []*analysis.Analyzer{after, mark}, 0, "./a", "./c")
	c := v.pkgs["example.com/mod/c"]
	if len(c.Failures) != 2 {
		t.Fatalf("c: failures %v, want boom's panic and after's prerequisite", c.Failures)
	}
	for _, f := range c.Failures {
		switch f.Analyzer {
		case boom:
			if f.Consequential || !strings.Contains(f.Err.Error(), "panic: bug") {
				t.Errorf("c: boom failure %v (consequential %v)", f.Err, f.Consequential)
			}
		case after:
			if !f.Consequential {
				t.Errorf("c: after's failure %v should be consequential", f.Err)
			}
		}
	}
	for _, path := range []string{"example.com/mod/b", "example.com/mod/a"} {
		p := v.pkgs[path]
		if _, ok := p.Results[mark]; !ok {
			t.Errorf("%s: mark did not run", path)
		}
		for _, f := range p.Failures {
			if !f.Consequential {
				t.Errorf("%s: %s failed on its own: %v", path, f.Analyzer.Name, f.Err)
			}
		}
		if _, ok := p.Results[boom]; ok {
			t.Errorf("%s: boom ran although it failed on an import", path)
		}
	}
}

// A package that does not type-check is not analysed, and says why; its
// imports are.
func TestTypeErrorsSkipThePackage(t *testing.T) {
	v, _ := runOn(t, []*analysis.Analyzer{rootOnly}, 0, "./bad")
	bad := v.pkgs["example.com/mod/bad"]
	if len(bad.Errors) == 0 {
		t.Fatal("bad has no type errors")
	}
	if len(bad.Failures) == 0 {
		t.Fatal("analyzers ran on a package with type errors")
	}
	for _, f := range bad.Failures {
		if !f.Consequential {
			t.Errorf("bad: %s: %v is not marked as caused by the type errors", f.Analyzer.Name, f.Err)
		}
	}
	if c := v.pkgs["example.com/mod/c"]; len(c.Failures) > 0 || c.Results[mark] == nil {
		t.Errorf("c was not analysed: %v", c.Failures)
	}
}
