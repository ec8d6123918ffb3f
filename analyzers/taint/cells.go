package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A variable a function literal captures lives in a cell: the enclosing
// function allocates it (an Alloc) and stores the variable's value there,
// and the literal's free variable is the cell's address. A pointer the
// literal loads from the cell points where the values stored into the
// cell do, as one the enclosing function loads does (computeLocs): a
// pointer parameter captured by a "run in a transaction" literal is the
// caller's record, and what the literal writes through it is written into
// what the parameter points to, as the contract has a literal part of the
// function enclosing it.

// loadedCells are the cells a load from v reads: v itself when it is a
// local of the function, or the cells free variable v is bound to when
// no literal assigns the variable (what a literal's load then points to
// would depend on whether and when that literal ran).
func (f *family) loadedCells(v ssa.Value) []*ssa.Alloc {
	switch x := v.(type) {
	case *ssa.Alloc:
		return []*ssa.Alloc{x}
	case *ssa.FreeVar:
		var cells []*ssa.Alloc
		f.boundCells(x, 0, func(a *ssa.Alloc) {
			if !f.assignedInLiteral(a, 0) {
				cells = append(cells, a)
			}
		})
		return cells
	}
	return nil
}

// boundCells calls cell for each cell free variable fv is bound to,
// through the free variables of the literals enclosing its own.
func (f *family) boundCells(fv *ssa.FreeVar, depth int, cell func(*ssa.Alloc)) {
	if depth > maxLocDepth {
		return
	}
	for _, b := range f.bindings[fv] {
		switch b := b.(type) {
		case *ssa.Alloc:
			cell(b)
		case *ssa.FreeVar:
			f.boundCells(b, depth+1, cell)
		}
	}
}

// assignedInLiteral reports whether a literal of the family stores into
// the variable held at v (a cell, or a free variable bound to one).
func (f *family) assignedInLiteral(v ssa.Value, depth int) bool {
	if depth > maxLocDepth {
		return true
	}
	for _, fv := range f.freeUses[v] {
		for _, r := range *fv.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == fv {
				return true
			}
		}
		if f.assignedInLiteral(fv, depth+1) {
			return true
		}
	}
	return false
}

// storedInCell returns the values the function owning cell a stores into it.
func storedInCell(a *ssa.Alloc) []ssa.Value {
	var vals []ssa.Value
	for _, r := range *a.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a {
			vals = append(vals, st.Val)
		}
	}
	return vals
}

// cellFollowed reports whether st stores an interface value into a local
// whose loads point where the value does: no literal assigns the local,
// so every load from it, in the function or through a literal's free
// variable, follows what the function stores there (loadedCells).
func (f *family) cellFollowed(st *ssa.Store) bool {
	a, ok := st.Addr.(*ssa.Alloc)
	return ok && types.IsInterface(st.Val.Type()) && !f.assignedInLiteral(a, 0)
}
