// Command phivet-floor is the floor of phivet's benchmarks: it loads
// and drives packages exactly as phivet does (internal/pkgload: the
// user's and third-party packages type-checked from source, the standard
// library from export data; internal/driver: each package analysed once
// its imports are done, then dropped) and runs one analyzer that does
// nothing but build the SSA form of every package named.
// No analyzer that builds SSA on the same loader can be faster; the
// ratio phivet/floor is what the taint analysis itself costs.
//
// Usage: phivet-floor PACKAGES (exit 0, or 2 on a load error).
package main

import (
	"fmt"
	"os"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/internal/driver"
	"github.com/phivet/phivet/internal/pkgload"
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

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: phivet-floor PACKAGES")
		os.Exit(2)
	}
	g, err := pkgload.NewGraph("", os.Args[1:]...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "phivet-floor:", err)
		os.Exit(2)
	}
	n, members := 0, 0
	driver.Run([]*analysis.Analyzer{noop}, g.Roots, driver.Options{
		Check: g.Check,
		Visit: func(p *driver.Package) {
			if r, ok := p.Results[noop]; ok {
				n++
				members += r.(int)
			}
		},
	})
	fmt.Fprintf(os.Stderr, "phivet-floor: built SSA for %d packages (%d members)\n", n, members)
}
