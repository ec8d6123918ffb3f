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
	table := func(in *types.Initializer) bool { return constTable(info, in, dependency) }
	skip := 0
	for _, in := range info.InitOrder {
		if table(in) {
			skip++
		}
	}
	if skip == 0 {
		return info
	}
	cp := *info
	cp.InitOrder = make([]*types.Initializer, 0, len(info.InitOrder)-skip)
	for _, in := range info.InitOrder {
		if !table(in) {
			cp.InitOrder = append(cp.InitOrder, in)
		}
	}
	return &cp
}

// constTable reports whether in initialises one variable with an array,
// slice or struct literal whose every element is a numeric or boolean
// constant, or with strings a string constant (or such a literal in
// turn).
func constTable(info *types.Info, in *types.Initializer, strings bool) bool {
	if len(in.Lhs) != 1 {
		return false
	}
	lit, ok := ast.Unparen(in.Rhs).(*ast.CompositeLit)
	return ok && constLiteral(info, lit, strings)
}

func constLiteral(info *types.Info, lit *ast.CompositeLit, strings bool) bool {
	tv, ok := info.Types[lit]
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
			if !constLiteral(info, inner, strings) {
				return false
			}
			continue
		}
		if !numericConstant(info.Types[e]) && !(strings && stringConstant(info.Types[e])) {
			return false
		}
	}
	return true
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
