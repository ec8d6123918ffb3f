package main

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
)

// toFinding converts a diagnostic to the command's finding.
func toFinding(act *checker.Action, d analysis.Diagnostic) output.Finding {
	fset := act.Package.Fset
	f := output.Finding{
		Code:    codes.Code(d.Category),
		Message: codes.Untag(d.Message, codes.Code(d.Category)),
		Pos:     position(fset, d.Pos),
		Package: act.Package.PkgPath,
		Func:    enclosingFunc(act.Package.Syntax, act.Package.TypesInfo, d.Pos),
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

// enclosingFunc names the function declaration containing pos, e.g.
// "(*Server).handleGet", for fingerprints that survive line moves.
func enclosingFunc(files []*ast.File, info *types.Info, pos token.Pos) string {
	for _, f := range files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if fd.Recv == nil || len(fd.Recv.List) == 0 {
				return fd.Name.Name
			}
			recv := types.ExprString(fd.Recv.List[0].Type)
			return "(" + recv + ")." + fd.Name.Name
		}
	}
	return ""
}
