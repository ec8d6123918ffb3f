package phiflow

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/taint"
)

// complete judges the package of pass again, its interface calls
// reaching the implementations prog finds across the whole program. The
// pass is the one phiflow ran with: its facts are read, none is written
// (the package's importers are done), and its diagnostics go to the
// result only, which replaces the first one.
func complete(pass *analysis.Pass, prog taint.Program) (res *Result) {
	again := *pass
	again.Report = func(analysis.Diagnostic) {}
	defer func() {
		if r := recover(); r != nil {
			pos := token.NoPos
			if len(pass.Files) > 0 {
				pos = pass.Files[0].Package
			}
			d := analysis.Diagnostic{Pos: pos, Category: InternalCategory,
				Message: fmt.Sprintf("phivet internal error completing package %s: %v (please report it)", pass.Pkg.Path(), r)}
			res = &Result{Result: &taint.Result{}, Diagnostics: []analysis.Diagnostic{d}}
		}
	}()
	res, _ = analyse(&again, prog)
	return res
}
