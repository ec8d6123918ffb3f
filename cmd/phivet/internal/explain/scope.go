package explain

import (
	"go/ast"
	"go/token"
	"go/types"
)

// scope is the function a flow is judged in, as explain shows it: a
// declaration, or a function literal that initialises a package-level
// variable (a command's RunE, a handler table's entry), whose enclosing
// function is the package's initialisation and has no name of its own.
type scope struct {
	body  *ast.BlockStmt // what is searched for guards; it identifies the scope
	label string         // "(*Handler).refer", "the RunE literal of var downloadCmd"
}

// enclosingScope is the function of files containing pos: its
// declaration or, at package level, the outermost function literal
// around pos (a literal inside it is part of it, as inside a
// declaration). ok is false where pos is in no function.
func enclosingScope(files []*ast.File, pos token.Pos) (scope, bool) {
	if !pos.IsValid() {
		return scope{}, false
	}
	for _, f := range files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		for _, d := range f.Decls {
			if pos < d.Pos() || pos > d.End() {
				continue
			}
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil {
					return scope{d.Body, funcLabel(d)}, true
				}
			case *ast.GenDecl:
				return literalScope(d, pos)
			}
		}
	}
	return scope{}, false
}

// literalScope finds the function literal around pos in a package-level
// declaration and names it by the variable it initialises and, when it
// is a field's value in a composite literal, by that field.
func literalScope(d *ast.GenDecl, pos token.Pos) (scope, bool) {
	for _, spec := range d.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok || pos < vs.Pos() || pos > vs.End() {
			continue
		}
		for i, v := range vs.Values {
			if pos < v.Pos() || pos > v.End() {
				continue
			}
			name := "_"
			if i < len(vs.Names) {
				name = vs.Names[i].Name
			}
			return outermostLiteral(v, pos, name)
		}
	}
	return scope{}, false
}

// outermostLiteral is the first function literal around pos met walking
// down from v, the value of var name.
func outermostLiteral(v ast.Expr, pos token.Pos, name string) (scope, bool) {
	var lit *ast.FuncLit
	field := ""
	ast.Inspect(v, func(n ast.Node) bool {
		if lit != nil || n == nil || pos < n.Pos() || pos > n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if fl, ok := ast.Unparen(n.Value).(*ast.FuncLit); ok && pos >= fl.Pos() && pos <= fl.End() {
				lit, field = fl, types.ExprString(n.Key)
			}
		case *ast.FuncLit:
			lit = n
		}
		return lit == nil
	})
	if lit == nil {
		return scope{}, false
	}
	if field != "" {
		return scope{lit.Body, "the " + field + " literal of var " + name}, true
	}
	return scope{lit.Body, "a function literal of var " + name}, true
}

// funcLabel names a declaration as the map does: "(*Handler).refer".
func funcLabel(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	return "(" + types.ExprString(fd.Recv.List[0].Type) + ")." + fd.Name.Name
}
