package main

import (
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/cmd/phivet/internal/explain"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
	"github.com/phivet/phivet/internal/driver"
)

// toFinding converts a diagnostic to the command's finding.
func toFinding(pkg *packages.Package, d analysis.Diagnostic) output.Finding {
	fset := pkg.Fset
	f := output.Finding{
		Code:    codes.Code(d.Category),
		Message: codes.Untag(d.Message, codes.Code(d.Category)),
		Pos:     position(fset, d.Pos),
		Package: pkg.PkgPath,
		Func:    flowmap.EnclosingFunc(pkg.Syntax, d.Pos),
	}
	for _, r := range d.Related {
		f.Steps = append(f.Steps, output.Step{Pos: position(fset, r.Pos), Message: r.Message})
	}
	return f
}

func position(fset *token.FileSet, pos token.Pos) output.Position {
	p := fset.Position(pos)
	return output.Position{File: p.Filename, Line: p.Line, Column: p.Column}
}

// packageFinding is a finding with the diagnostic it comes from, for its
// suggested fixes.
type packageFinding struct {
	finding  output.Finding
	diag     analysis.Diagnostic
	fset     *token.FileSet
	analyzer *analysis.Analyzer
}

// findingsOf returns the findings of the package's diagnostics, while its
// syntax is there to name their enclosing functions.
func findingsOf(p *driver.Package) []packageFinding {
	var out []packageFinding
	var notes func(token.Pos, string) []explain.Note
	for _, d := range p.Diagnostics {
		if d.Category == phiflow.InternalCategory {
			continue
		}
		f := toFinding(p.Package, d.Diagnostic)
		if d.Analyzer == phiflow.Analyzer {
			if notes == nil {
				notes = explain.Notes(mapPackage(p))
			}
			for _, n := range notes(d.Pos, d.Category) {
				f.Considered = append(f.Considered, output.Step{Pos: position(p.Fset, n.Pos), Message: n.Text})
			}
		}
		out = append(out, packageFinding{f, d.Diagnostic, p.Fset, d.Analyzer})
	}
	return out
}
