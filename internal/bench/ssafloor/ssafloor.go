// Package ssafloor is the analyzer of phivet's benchmark floor: it
// builds the package's SSA form as phiflow does, and nothing else. No
// analyzer that builds SSA on the same loader and driver can be faster,
// so a run of it beside phivet's shows what the taint analysis costs.
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
