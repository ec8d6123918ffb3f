// Command phivet-floor is the floor of phivet's benchmarks: it loads
// packages exactly as phivet does (the user's and third-party packages
// from source, the standard library from export data) and runs one
// analyzer that does nothing but require the SSA build of every package.
// No analyzer that builds SSA on the same loader can be faster; the
// ratio phivet/floor is what the taint analysis itself costs.
//
// Usage: phivet-floor PACKAGES (exit 0, or 2 on a load error).
package main

import (
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
)

var noop = &analysis.Analyzer{
	Name:       "noop",
	Doc:        "builds the package's SSA form and does nothing else",
	ResultType: reflect.TypeFor[int](),
	Run: func(pass *analysis.Pass) (any, error) {
		prog := ssa.NewProgram(pass.Fset, ssa.BuilderMode(0))
		for _, p := range pass.Pkg.Imports() {
			prog.CreatePackage(p, nil, nil, true)
		}
		pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
		pkg.Build()
		return len(pkg.Members), nil
	},
}

// The load modes of cmd/phivet/load.go, kept in step with it by hand.
const (
	metaMode   = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule
	sourceMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
		packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: phivet-floor PACKAGES")
		os.Exit(2)
	}
	pkgs, err := load(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "phivet-floor:", err)
		os.Exit(2)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{noop}, pkgs, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "phivet-floor:", err)
		os.Exit(2)
	}
	n, members := 0, 0
	for act := range graph.All() {
		if act.Analyzer == noop && act.Err == nil {
			n++
			members += act.Result.(int)
		}
	}
	fmt.Fprintf(os.Stderr, "phivet-floor: built SSA for %d packages (%d members)\n", n, members)
}

// load is cmd/phivet's load: the named packages and every non-standard
// dependency from source, the standard library from export data.
func load(patterns []string) ([]*packages.Package, error) {
	meta, err := packages.Load(&packages.Config{Mode: metaMode}, patterns...)
	if err != nil {
		return nil, err
	}
	roots := map[string]bool{}
	for _, p := range meta {
		roots[p.PkgPath] = true
	}
	goroot := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	var paths []string
	seen := map[string]bool{}
	packages.Visit(meta, nil, func(p *packages.Package) {
		if seen[p.PkgPath] || p.PkgPath == "" || p.PkgPath == "unsafe" || p.PkgPath == "C" {
			return
		}
		seen[p.PkgPath] = true
		if roots[p.PkgPath] || !isStandard(p, goroot) {
			paths = append(paths, p.PkgPath)
		}
	})
	if len(paths) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	return packages.Load(&packages.Config{Mode: sourceMode}, paths...)
}

func isStandard(p *packages.Package, goroot string) bool {
	if p.Module != nil {
		return false
	}
	for _, f := range p.GoFiles {
		return strings.HasPrefix(f, goroot)
	}
	first, _, _ := strings.Cut(p.PkgPath, "/")
	return !strings.Contains(first, ".")
}
