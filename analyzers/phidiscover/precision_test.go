package phidiscover_test

// Precision of PHI3001 and PHI3002, measured: phidiscover over the Go standard library
// and over large modules that hold no patient data must report nothing.
// The standard library is measured by every go test run (but -short); the
// modules need the module proxy, so they are measured by `make precision`
// (PHIVET_PRECISION=1). The numbers of the last run are recorded in
// docs/discovery.md.

import (
	"fmt"
	"go/ast"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/phidiscover"
)

// precisionModules are the non-health modules measured, at pinned
// versions: Kubernetes' API types are hundreds of structs of names,
// addresses, conditions and notes that are not a person's.
var precisionModules = []struct{ path, version, pattern string }{
	{"k8s.io/api", "v0.33.2", "k8s.io/api/..."},
	{"k8s.io/apimachinery", "v0.33.2", "k8s.io/apimachinery/..."},
}

func TestPrecision(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole standard library; skipped in -short mode")
	}
	t.Run("std", func(t *testing.T) {
		measure(t, "std", "", "std")
	})
	for _, m := range precisionModules {
		t.Run(m.path, func(t *testing.T) {
			if os.Getenv("PHIVET_PRECISION") == "" {
				t.Skip("needs the module proxy: set PHIVET_PRECISION=1 (make precision)")
			}
			dir := t.TempDir()
			gomod := fmt.Sprintf("module precision.invalid\n\ngo 1.26\n\nrequire %s %s\n", m.path, m.version)
			if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("go", "mod", "download", m.path)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go mod download: %v\n%s", err, out)
			}
			measure(t, m.path+"@"+m.version, dir, m.pattern)
		})
	}
}

// measure runs phidiscover over the packages and fails on any finding. It
// logs the number of packages, structs and fields examined, so that a
// zero means something.
func measure(t *testing.T, name, dir string, patterns ...string) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir,
		Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{phidiscover.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var findings []string
	for act := range graph.All() {
		if !act.IsRoot || act.Analyzer != phidiscover.Analyzer {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			continue
		}
		for _, d := range act.Diagnostics {
			findings = append(findings, fmt.Sprintf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message))
		}
	}
	structs, fields := 0, 0
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if st, ok := n.(*ast.StructType); ok && st.Fields != nil {
					structs++
					for _, fl := range st.Fields.List {
						fields += max(len(fl.Names), 1)
					}
				}
				return true
			})
		}
	}
	sort.Strings(findings)
	t.Logf("%s: %d packages, %d struct types, %d fields: %d findings (PHI3001, PHI3002)", name, len(pkgs), structs, fields, len(findings))
	if len(findings) > 0 {
		t.Errorf("want no PHI3001 or PHI3002 on %s, got %d:\n%s", name, len(findings), strings.Join(findings, "\n"))
	}
}
