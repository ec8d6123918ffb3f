package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// baseData is the data of the marked fields an address reaches below:
// reading b.Items[0] or b.Items[0].Code reads inside the marked field
// b.Items, whose label the memory under b does not hold (it is the
// field's own, given where the field is read). Only marked fields count:
// what a whole struct stored around the address carries is already in
// memory, and taking it again for each element would spread a record's
// labels to its unmarked fields. Nor does a marked field holding records,
// and a field marked "-" takes nothing from above (see markedpaths.go).
func (f *family) baseData(addr ssa.Value) Set {
	var data Set
	below := false // whether addr is inside what the walk started at
	for range maxBaseChain {
		switch a := addr.(type) {
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.FieldAddr:
			rule := f.e.fieldRuleOf(a.X.Type(), a.Field)
			if rule.clean {
				return data // see markedpaths.go
			}
			if below && !rule.holdsRecord {
				if l := f.e.fieldLabel(a.X.Type(), a.Field, a.Pos()); l != nil {
					f.setOwnership(l, a.X)
					data = data.Add(*l)
				}
			}
			addr = a.X
		case *ssa.UnOp:
			if a.Op != token.MUL {
				return data
			}
			addr = a.X // a pointer or slice loaded from memory
		default:
			return data
		}
		below = true
	}
	if isAddrStep(addr) {
		f.reachLimit("maxBaseChain")
	}
	return data
}

// isAddrStep reports whether baseData would walk on from addr.
func isAddrStep(addr ssa.Value) bool {
	switch a := addr.(type) {
	case *ssa.IndexAddr, *ssa.FieldAddr:
		return true
	case *ssa.UnOp:
		return a.Op == token.MUL
	}
	return false
}
