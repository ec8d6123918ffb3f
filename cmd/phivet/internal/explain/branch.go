package explain

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// branch is the failure branch of a check in an if statement.
type branch struct {
	pos        token.Pos
	terminates bool // it ends in return, panic, a branch statement or an exit
	noElse     bool // the failure is the if's missing else
}

// failureBranch finds the branch an if statement takes when the check
// call fails: the check in the condition, or assigned in the if's init or
// the statement before, tested as a bool or against nil.
func failureBranch(info *types.Info, judged *ast.BlockStmt, call *ast.CallExpr) (branch, bool) {
	var result types.Object // the variable holding the check's result
	var found *ast.IfStmt
	var failThen bool
	ast.Inspect(judged, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.IfStmt:
			if within(call, n.Cond) {
				if th, ok := polarity(n.Cond, func(e ast.Expr) bool { return ast.Unparen(e) == call }); ok {
					found, failThen = n, th
				}
				return false
			}
			if as, ok := n.Init.(*ast.AssignStmt); ok && within(call, as) {
				result = assigned(info, as, call)
			}
			if result != nil && (n.Init == nil || within(call, n.Init)) {
				if th, ok := polarity(n.Cond, func(e ast.Expr) bool { return usesObj(info, e, result) }); ok {
					found, failThen = n, th
					return false
				}
			}
		case *ast.AssignStmt:
			if within(call, n) {
				result = assigned(info, n, call)
			}
		}
		return true
	})
	if found == nil {
		return branch{}, false
	}
	if failThen {
		return branch{pos: found.Body.Lbrace, terminates: terminates(found.Body)}, true
	}
	switch e := found.Else.(type) {
	case *ast.BlockStmt:
		return branch{pos: e.Lbrace, terminates: terminates(e)}, true
	case *ast.IfStmt:
		return branch{pos: e.Pos()}, true
	}
	return branch{pos: found.Pos(), noElse: true}, true
}

func within(n ast.Node, outer ast.Node) bool {
	return outer != nil && n.Pos() >= outer.Pos() && n.End() <= outer.End()
}

// assigned is the variable an assignment stores the check's result in
// (its bool or error result: the last variable on the left).
func assigned(info *types.Info, as *ast.AssignStmt, call *ast.CallExpr) types.Object {
	if len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) == 0 {
		return nil
	}
	id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	if !ok {
		return nil
	}
	return info.ObjectOf(id)
}

func usesObj(info *types.Info, e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.ObjectOf(id) == obj
}

// polarity says, for a condition testing the check's result (is picks it
// out), whether the then-branch is the failure: `!ok` and `err != nil`
// fail into then; `ok` and `err == nil` into else.
func polarity(cond ast.Expr, is func(ast.Expr) bool) (failThen, ok bool) {
	cond = ast.Unparen(cond)
	switch c := cond.(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT && is(c.X) {
			return true, true
		}
	case *ast.BinaryExpr:
		nilSide := isNil(c.X) && is(c.Y) || isNil(c.Y) && is(c.X)
		if nilSide && c.Op == token.NEQ {
			return true, true
		}
		if nilSide && c.Op == token.EQL {
			return false, true
		}
	default:
		if is(cond) {
			return false, true
		}
	}
	return false, false
}

func isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// terminates reports whether a block ends by leaving the path: a return,
// a branch statement, or a call of panic or of a function that exits.
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		name := types.ExprString(call.Fun)
		return name == "panic" || strings.HasSuffix(name, "Exit") || strings.HasSuffix(name, "Fatal") || strings.HasSuffix(name, "Fatalf") || strings.HasSuffix(name, "Fatalln")
	}
	return false
}
