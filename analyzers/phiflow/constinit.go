package phiflow

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// ssaInfo returns the type information the package's SSA is built from:
// info, less the package-level variables initialised with a composite
// literal of numbers only (a lookup table, a codec's constants, an array
// of records of numbers), and in a dependency (strings too) of constants
// only (a locale's names, a table of keywords). The
// package initialiser would store each element on its own (an address
// and a store per element, kept with its constant until the engine is
// done), which on a package of large tables is most of the memory its
// analysis holds; yet a number carries no data the engine tracks and a
// store of nothing leaves its memory as it was, so the engine's results
// are the same without those stores. A table of strings in the package
// being analysed is kept: its elements may be the keys a keyed source is
// looked up by, which a dependency's lookups are not (they are its own
// business, contract §2); x/text's display names alone were 300,000
// instructions, the largest function on a service importing it.
func ssaInfo(info *types.Info, dependency bool) *types.Info {
	t := &constTables{info: info, dependency: dependency, skipped: map[*types.Var]bool{}}
	// In the checker's order a table comes after the tables it names.
	for _, in := range info.InitOrder {
		if t.table(in) {
			t.skipped[in.Lhs[0]] = true
		}
	}
	if len(t.skipped) == 0 {
		return info
	}
	cp := *info
	cp.InitOrder = make([]*types.Initializer, 0, len(info.InitOrder)-len(t.skipped))
	for _, in := range info.InitOrder {
		if len(in.Lhs) != 1 || !t.skipped[in.Lhs[0]] {
			cp.InitOrder = append(cp.InitOrder, in)
		}
	}
	return &cp
}

// constTables finds the tables of constants among a package's
// initialisers.
type constTables struct {
	info *types.Info
	// dependency: strings count as constants too, and so does a table
	// already skipped named as an element (x/text's headers list each
	// language's names and index, themselves tables).
	dependency bool
	skipped    map[*types.Var]bool
}

// table reports whether in initialises one variable with an array, slice
// or struct literal whose every element is a numeric or boolean constant
// (in a dependency, a string constant or a skipped table too), or such a
// literal in turn.
func (t *constTables) table(in *types.Initializer) bool {
	if len(in.Lhs) != 1 {
		return false
	}
	lit, ok := ast.Unparen(in.Rhs).(*ast.CompositeLit)
	return ok && t.literal(lit)
}

func (t *constTables) literal(lit *ast.CompositeLit) bool {
	tv, ok := t.info.Types[lit]
	if !ok {
		return false
	}
	switch tv.Type.Underlying().(type) {
	case *types.Array, *types.Slice, *types.Struct:
	default:
		return false
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		e = ast.Unparen(e)
		if inner, ok := e.(*ast.CompositeLit); ok {
			if !t.literal(inner) {
				return false
			}
			continue
		}
		if !t.constant(e) {
			return false
		}
	}
	return true
}

func (t *constTables) constant(e ast.Expr) bool {
	tv := t.info.Types[e]
	if numericConstant(tv) {
		return true
	}
	if !t.dependency {
		return false
	}
	if stringConstant(tv) {
		return true
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := t.info.Uses[id].(*types.Var)
	return ok && t.skipped[v]
}

func numericConstant(tv types.TypeAndValue) bool {
	if tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.Int, constant.Float, constant.Complex, constant.Bool:
		return true
	}
	return false
}

func stringConstant(tv types.TypeAndValue) bool {
	return tv.Value != nil && tv.Value.Kind() == constant.String
}
