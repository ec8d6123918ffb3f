package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/vocab"
)

// What is read below a marked field (contract §3: a value read from a
// marked field, whatever its type, or derived from one, is identifiable).
// The marked field's label passes to every field and element read below
// it (baseData, intrinsic), with two exceptions that the declarations
// make:
//   - a field whose type is a record (Order.Patient, a Patient marking
//     fields of its own) passes nothing down: its value is identifiable
//     as a whole, but the record's unmarked fields are not identifiable
//     on their own, and its marked ones carry their own labels;
//   - a field marked "-" (explicitly not identifiable: a surrogate key, a
//     pseudonym) takes nothing from the fields above it: the declaration
//     holds wherever the field is read from.
// Data that reached the value otherwise (stored in it, returned by a
// source function: "identifiable as a whole, fields included") is not
// the declaration's to withdraw and flows into every field as before.

// fieldRule is what a field's declaration says of the reads below it.
type fieldRule struct {
	clean       bool // marked "-": takes nothing from above
	holdsRecord bool // marked identifiable, of a record type: passes nothing down
}

// fieldRuleKey names a field as the model classes it: its owner decides
// configuration marks (pkg.Type.Field), so a field of an embedded
// anonymous struct is told apart by the owner.
type fieldRuleKey struct {
	owner *types.Named
	field *types.Var
}

// fieldRuleOf returns the rule of field i of the struct (or pointer to
// struct) type t, computed once per field.
func (e *Engine) fieldRuleOf(t types.Type, i int) fieldRule {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return fieldRule{}
	}
	named, _ := types.Unalias(t).(*types.Named)
	k := fieldRuleKey{named, st.Field(i)}
	if r, ok := e.fieldRules[k]; ok {
		return r
	}
	var r fieldRule
	switch c := e.Model.FieldClass(named, st, i); {
	case c == vocab.ClassNone:
		r.clean = true
	case c.Identifiable():
		r.holdsRecord = e.Model.IsRecord(st.Field(i).Type())
	}
	e.fieldRules[k] = r
	return r
}

// heldRecordField returns the field read that v is, or loads, or holds an
// element of, when that field is marked and holds records; nil otherwise.
func (e *Engine) heldRecordField(v ssa.Value) (owner types.Type, field int, ok bool) {
	if ld, isLoad := v.(*ssa.UnOp); isLoad && ld.Op == token.MUL {
		v = ld.X
	}
	if ia, isIndex := v.(*ssa.IndexAddr); isIndex {
		if v, _ = collectionField(ia.X); v == nil {
			return nil, 0, false
		}
	}
	switch x := v.(type) {
	case *ssa.FieldAddr:
		owner, field = x.X.Type(), x.Field
	case *ssa.Field:
		owner, field = x.X.Type(), x.Field
	default:
		return nil, 0, false
	}
	return owner, field, e.fieldRuleOf(owner, field).holdsRecord
}

// passedDown is the data that v's own data gives a field or element read
// below it: its plain (non-record) labels, but not the label of a marked
// field holding records that v is read from.
func (f *family) passedDown(v ssa.Value, data Set) Set {
	data = data.Whole()
	owner, field, ok := f.e.heldRecordField(v)
	if !ok || len(data) == 0 {
		return data
	}
	held := f.e.fieldLabel(owner, field, token.NoPos)
	return data.filter(func(l Label) bool { return !l.Concrete() || l.Name != held.Name || l.Pkg != held.Pkg })
}
