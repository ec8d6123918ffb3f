package taint

// The engine's shortcuts must not change what it computes: the memo of
// deep reads (family.reads) must never answer differently from
// recomputing the read, and an instruction solve skips must be one whose
// transfer would change nothing. This test runs the engine over
// phiflow's testdata, which covers aliasing, closures and their free
// variables, struct copies and cross-package summaries, and over
// testdata/src/example.com/loops (data arriving through back edges),
// with both checked: every memoised answer is recomputed, every skipped
// transfer run, every store of a call's Out skipped as a repeat made
// (outmemo.go), every member of a settled cycle solved once more
// (cycles.go), and a difference panics.

import (
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// verifier runs the engine as phiflow does, exporting summaries so that
// importing packages apply them, and reports nothing.
var verifier = &analysis.Analyzer{
	Name:      "taintverify",
	Doc:       "runs the taint engine with verifyReads, verifySkips and verifyCycles set",
	Requires:  []*analysis.Analyzer{phidirective.Analyzer},
	FactTypes: []analysis.Fact{new(SummaryFact), new(AnalysedFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		if first, _, _ := strings.Cut(pass.Pkg.Path(), "/"); !strings.Contains(first, ".") {
			return nil, nil // the standard library: the catalog models it
		}
		dir := pass.ResultOf[phidirective.Analyzer].(*phidirective.Result)
		prog := ssa.NewProgram(pass.Fset, ssa.BuilderMode(0))
		for _, p := range pass.Pkg.Imports() {
			prog.CreatePackage(p, nil, nil, true)
		}
		ssapkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
		ssapkg.Build()
		var funcs []*ssa.Function
		for _, m := range ssapkg.Members {
			if fn, ok := m.(*ssa.Function); ok {
				funcs = append(funcs, fn)
			}
			if t, ok := m.(*ssa.Type); ok {
				for _, sel := range []*types.MethodSet{
					prog.MethodSets.MethodSet(t.Type()),
					prog.MethodSets.MethodSet(types.NewPointer(t.Type())),
				} {
					for i := 0; i < sel.Len(); i++ {
						if fn := prog.MethodValue(sel.At(i)); fn != nil && fn.Pkg == ssapkg && fn.Synthetic == "" {
							funcs = append(funcs, fn)
						}
					}
				}
			}
		}
		eng := &Engine{
			Fset:    pass.Fset,
			Pkg:     pass.Pkg,
			Model:   model.New(dir.Config, dir.AllMarks(), nil),
			Catalog: catalog.Standard,
			ImportSummary: func(fn *types.Func) *Summary {
				var f SummaryFact
				if pass.ImportObjectFact(fn, &f) {
					return &f.Summary
				}
				return nil
			},
			Analysed: func(pkg *types.Package) bool {
				return pass.ImportPackageFact(pkg, new(AnalysedFact))
			},
			verifyReads:  true,
			verifySkips:  true,
			verifyCycles: true,
		}
		pass.ExportPackageFact(&AnalysedFact{})
		res := eng.Analyze(funcs, pass.Files)
		for obj, sum := range res.Summaries {
			pass.ExportObjectFact(obj, &SummaryFact{Summary: *sum})
		}
		return nil, nil
	},
}

func TestShortcutsMatchFullComputation(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and analyses all of phiflow's testdata")
	}

	own, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	phiflow, err := filepath.Abs("../phiflow/testdata")
	if err != nil {
		t.Fatal(err)
	}
	gopath := own + string(filepath.ListSeparator) + phiflow
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(own, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOWORK=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, "example.com/...")
	if err != nil {
		t.Fatal(err)
	}
	loops := false
	for _, p := range pkgs {
		loops = loops || p.PkgPath == "example.com/loops"
	}
	if !loops || len(pkgs) < 20 {
		t.Fatalf("loaded %d packages of phiflow's testdata, want all of them", len(pkgs))
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{verifier}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
	}
}
