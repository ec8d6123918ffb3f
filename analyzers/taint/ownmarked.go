package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A record an unexported function builds itself can take its parameter's
// id beside data it read or decoded on its own (&ChatMessage{SenderID:
// c.UserID, Content: in.Content}). The id is not identifiable on its own
// (contract §3), and its store says nothing of whose the marked data
// beside it is, as filledFrom leaves it out (unmarkedFieldStore): what
// the record holds in its other fields decides.

// holdsParamRecordData reports whether what v refers to holds the
// root's parameters' data (see classOwnData) where identifiable data can
// be read from it: when v points to a struct, in v itself and in its
// marked fields and those holding records, not in its other fields.
func (f *family) holdsParamRecordData(v ssa.Value) bool {
	if !f.holdsParamData(f.taintOf(v).Data) {
		return false
	}
	if !isStructPointer(v.Type()) {
		return true
	}
	return f.holdsParamData(f.valueOnly(v).Data) || f.holdsParamData(f.fieldsData(v, identifiablePaths(f.e, v.Type())))
}

// identifiablePaths are the memory paths of the fields of the struct ptr
// points to that are marked or hold records (identifiableField).
func identifiablePaths(e *Engine, ptr types.Type) []string {
	st := ptr.Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
	var paths []string
	for i := range st.NumFields() {
		if identifiableField(e, ptr, i) {
			paths = append(paths, e.fieldPart(ptr, i))
		}
	}
	return paths
}
