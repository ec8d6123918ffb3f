// Package ssafloor is the analyzer of phivet's benchmark floor: it
// builds the package's SSA form as phiflow does, and nothing else. No
// analyzer that builds SSA on the same loader and driver can be faster,
// so a run of it beside phivet's shows what the taint analysis costs.
//
// phiflow carries summaries across packages as facts, so it analyses
// every non-standard package the named ones depend on, from source. The
// floor does the same work: it declares a fact type (never exported),
// which makes the driver run it on those dependencies too.
package ssafloor

import (
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Analyzer builds SSA and returns the number of package members.
var Analyzer = &analysis.Analyzer{
	Name:       "ssafloor",
	Doc:        "builds the package's SSA form as phiflow does, and nothing else",
	ResultType: reflect.TypeFor[int](),
	FactTypes:  []analysis.Fact{new(dependencyFact)},
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

// dependencyFact is declared, never exported: a fact type is what makes
// a driver analyse a package's dependencies as well as the package.
type dependencyFact struct{}

func (*dependencyFact) AFact()         {}
func (*dependencyFact) String() string { return "dependency analysed" }
