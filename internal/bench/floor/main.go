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

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/internal/bench/ssafloor"
	"github.com/phivet/phivet/internal/driver"
	"github.com/phivet/phivet/internal/pkgload"
)

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
	driver.Run([]*analysis.Analyzer{ssafloor.Analyzer}, g.Roots, driver.Options{
		Check: g.Check,
		Visit: func(p *driver.Package) {
			if r, ok := p.Results[ssafloor.Analyzer]; ok {
				n++
				members += r.(int)
			}
		},
	})
	fmt.Fprintf(os.Stderr, "phivet-floor: built SSA for %d packages (%d members)\n", n, members)
}
