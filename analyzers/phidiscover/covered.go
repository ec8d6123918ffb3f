package phidiscover

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Component types covered by the marks that hold them.
//
// A struct type that is not a record (it marks no fields), held by a
// field marked identifiable (Patient.Home Address `phi:"direct"`, also
// through a pointer, slice, array or map), carries that field's class
// into every field read below it: the engine passes a marked field's
// label down to what is read below it. Such a component's own fields
// (Address.Street, Address.Postcode) are covered there and need no mark
// of their own, so they are not flagged when every field of the package
// that holds the type is marked identifiable, or is itself a field of a
// type so covered (Patient.NextOfKin *Contact marked, Contact.Home
// Address not). One unmarked (or "-") holder anywhere in the package
// (Clinic.Address Address) leaves the type's fields flagged: there the
// data has no mark. Only the fields that hold the type count, not the
// parameters and variables of its type, whose values come from them.
//
// Only the declaring package's holders are seen (phidiscover analyses a
// package at a time): an exported component that another package holds
// in an unmarked field is judged by its own package's holders alone.

// holder is one field that holds a component type.
type holder struct {
	owner  *types.TypeName // the named struct the field belongs to; nil for an anonymous struct
	marked bool            // the field is marked identifiable, or its owner is a source type
	// inherits: the field is unmarked, so it covers the type if its
	// owner is covered ("-" takes nothing from above)
	inherits bool
}

// coveredComponents returns the struct types declared in the package,
// not records, whose every holder in the package is covered by a mark.
func coveredComponents(pass *analysis.Pass, m *model.Model) map[*types.TypeName]bool {
	holders := map[*types.TypeName][]holder{}
	for _, f := range pass.Files {
		eachStruct(pass, f, func(st *ast.StructType, o structOwner) {
			owner := o.obj
			tst, ok := pass.TypesInfo.TypeOf(st).(*types.Struct)
			if !ok {
				return
			}
			var named *types.Named
			ownerSource := false
			if owner != nil {
				named, _ = owner.Type().(*types.Named)
				ownerSource = m.Mark(owner).Source.Identifiable()
			}
			for i := range tst.NumFields() {
				held := heldStruct(pass.Pkg, tst.Field(i).Type())
				if held == nil {
					continue
				}
				class := m.FieldClass(named, tst, i)
				holders[held] = append(holders[held], holder{
					owner:    owner,
					marked:   class.Identifiable() || ownerSource,
					inherits: class == vocab.ClassUnset && owner != nil,
				})
			}
		})
	}
	covered := map[*types.TypeName]bool{}
	// Each round covers at least one more type or is the last: a type is
	// covered once its holders' owners are, so there are at most as many
	// rounds as types held.
	for range len(holders) + 1 {
		grew := false
		for tn, hs := range holders {
			if covered[tn] || m.IsRecord(tn.Type()) {
				continue
			}
			if allCovered(hs, covered) {
				covered[tn], grew = true, true
			}
		}
		if !grew {
			break
		}
	}
	return covered
}

func allCovered(hs []holder, covered map[*types.TypeName]bool) bool {
	for _, h := range hs {
		if !h.marked && !(h.inherits && covered[h.owner]) {
			return false
		}
	}
	return true
}

// heldStruct returns the named struct type declared in pkg that a field
// of type t holds, directly or through pointers, slices, arrays and maps,
// or nil.
func heldStruct(pkg *types.Package, t types.Type) *types.TypeName {
	for range maxElemDepth {
		if n, ok := types.Unalias(t).(*types.Named); ok {
			if _, isStruct := n.Underlying().(*types.Struct); isStruct {
				if o := n.Origin().Obj(); o.Pkg() == pkg {
					return o
				}
				return nil
			}
		}
		if t = model.Elem(t); t == nil {
			return nil
		}
	}
	return nil
}
