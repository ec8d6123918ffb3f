package phiflow_test

// Benchmarks of the engine on a generated 10k-line module (internal/gen),
// loaded once as phivet loads it: the module's packages from source, the
// standard library from export data. Compare runs with benchstat:
//
//	go test -run '^$' -bench . -count 10 ./analyzers/phiflow > new.txt
//	benchstat old.txt new.txt
//
// BenchmarkSSA is the floor: the same SSA build phiflow does, nothing
// else; BenchmarkAnalyze/BenchmarkSSA is what the taint analysis costs.

import (
	"os"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/internal/bench/ssafloor"
	"github.com/phivet/phivet/internal/gen"
)

var corpus struct {
	once  sync.Once
	pkgs  []*packages.Package
	lines int
	err   error
}

// loadCorpus generates and loads the 10k-line module once per process.
func loadCorpus(b *testing.B) ([]*packages.Package, int) {
	b.Helper()
	corpus.once.Do(func() {
		dir, err := os.MkdirTemp("", "phiflow-bench-")
		if err != nil {
			corpus.err = err
			return
		}
		st, err := gen.Generate(gen.Options{Dir: dir, Lines: 10000, Seed: 1})
		if err != nil {
			corpus.err = err
			return
		}
		corpus.lines = st.Lines
		mode := packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule
		cfg := &packages.Config{Mode: mode, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")}
		corpus.pkgs, corpus.err = packages.Load(cfg, "./...")
		if corpus.err == nil && packages.PrintErrors(corpus.pkgs) > 0 {
			corpus.err = os.ErrInvalid
		}
	})
	if corpus.err != nil {
		b.Fatal(corpus.err)
	}
	return corpus.pkgs, corpus.lines
}

func BenchmarkAnalyze(b *testing.B) {
	pkgs, lines := loadCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		graph, err := checker.Analyze([]*analysis.Analyzer{phiflow.Analyzer}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatal(act.Err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
}

func BenchmarkSSA(b *testing.B) {
	pkgs, lines := loadCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := checker.Analyze([]*analysis.Analyzer{ssafloor.Analyzer}, pkgs, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(lines), "ns/line")
}
