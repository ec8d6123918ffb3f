package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// fillsRecord reports whether a catalog propagator writing into v (a
// decoder's destination) fills a record. A library filling a record puts
// each part of the data where the record's type says: the record holds
// identifiable data in its marked fields, which are identifiable when
// read, and its unmarked fields (keys, references, kinds) are not
// identifiable on their own (contract §3). So nothing is written: the
// document's label would otherwise reach every field. A destination
// that marks nothing (a map, an unmarked struct) keeps the document's
// label everywhere.
func (f *family) fillsRecord(v ssa.Value) bool {
	return f.e.Model.IsRecord(boxedType(v))
}

// boxedType is the type of the value v boxes into an interface (a
// decoder's destination passed as any), or v's own type.
func boxedType(v ssa.Value) types.Type {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v.Type()
		}
	}
}
