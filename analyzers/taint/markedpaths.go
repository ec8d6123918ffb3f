package taint

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/model"
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
// A getter returning a record-holding field gives its label to the whole
// value it returns; belowRecord keeps it from the record's fields there.
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

// passedDown is the data that v's own data gives a field or element read
// below it: its plain (non-record) labels, but, when v is a record (or a
// pointer to or a collection of records), not the label of a marked field
// holding it, whether v is read from that field (o.Patient) or returned
// by a getter of it (o.GetPatient()).
func (f *family) passedDown(v ssa.Value, data Set) Set {
	data = data.Whole()
	if len(data) == 0 {
		return data
	}
	if tl := f.e.baseTypeLabel(v.Type()); tl == nil || !tl.Record {
		return data
	}
	return data.filter(func(l Label) bool { return !f.e.namesHeldRecord(&l) })
}

// heldRecordKey names a field label by its package and name.
type heldRecordKey struct{ pkg, name string }

// namesHeldRecord reports whether the concrete label l is a marked
// field's holding records ("Order.Patient"), as a getter returns it: its
// field is looked up by package and name, once per label name, so that
// the label is known across packages and through summaries.
func (e *Engine) namesHeldRecord(l *Label) bool {
	if !l.Concrete() || l.Record || l.Pkg == "" {
		return false
	}
	k := heldRecordKey{l.Pkg, l.Name}
	if r, ok := e.heldRecords[k]; ok {
		return r
	}
	r := false
	typ, field, ok := strings.Cut(l.Name, ".")
	if p := e.dependencyByPath(l.Pkg); ok && p != nil && isFieldName(field) {
		if tn, ok := p.Scope().Lookup(typ).(*types.TypeName); ok {
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if st.Field(i).Name() == field {
						r = e.fieldRuleOf(tn.Type(), i).holdsRecord
						break
					}
				}
			}
		}
	}
	e.heldRecords[k] = r
	return r
}

// belowRecord is what a read at path below root takes of root's own data
// rt: once the path enters a field (o.GetPatient().ID), as passedDown
// says; an element of a collection of records is still the record.
func (f *family) belowRecord(root ssa.Value, path string, rt Taint) Taint {
	if len(rt.Data) == 0 || !strings.Contains(path, ".") {
		return rt
	}
	rt.Data = f.passedDown(root, rt.Data)
	return rt
}

// storedBelow is what a read at suffix below the location at path under
// root takes of the whole m stored there (a struct copied whole into a
// local: p := *o.Patient): as passedDown says, when the stored value is
// a record and the read enters one of its fields. Most stores hold no
// held record's label, which is asked first; the type is then found
// along the path.
func (f *family) storedBelow(root ssa.Value, path, suffix string, m Taint) Taint {
	if len(m.Data) == 0 || !strings.Contains(suffix, ".") {
		return m
	}
	if !slices.ContainsFunc(m.Data, func(l Label) bool { return f.e.namesHeldRecord(&l) }) {
		return m
	}
	t := typeAtPath(root.Type(), path)
	if t == nil {
		return m
	}
	if tl := f.e.baseTypeLabel(t); tl == nil || !tl.Record {
		return m
	}
	m.Data = m.Data.filter(func(l Label) bool { return !f.e.namesHeldRecord(&l) })
	return m
}

// typeAtPath is the type of what path (".Patient[]") names below a value
// of type t, pointers followed; nil where a step does not fit the type.
func typeAtPath(t types.Type, path string) types.Type {
	for path != "" {
		for {
			p, ok := t.Underlying().(*types.Pointer)
			if !ok {
				break
			}
			t = p.Elem()
		}
		if strings.HasPrefix(path, "[]") {
			if t = model.Elem(t); t == nil {
				return nil
			}
			path = path[2:]
			continue
		}
		if !strings.HasPrefix(path, ".") {
			return nil
		}
		name := path[1:]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name = name[:i]
		}
		path = path[1+len(name):]
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		var next types.Type
		for i := range st.NumFields() {
			if st.Field(i).Name() == name {
				next = st.Field(i).Type()
				break
			}
		}
		if next == nil {
			return nil
		}
		t = next
	}
	return t
}
