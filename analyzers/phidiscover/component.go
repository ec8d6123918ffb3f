package phidiscover

import (
	"go/types"
	"reflect"
	"strings"

	"github.com/phivet/phivet/analyzers/model"
)

// isComponent reports whether a field of type t holds a part of the
// program rather than data: whatever its name says, a field that holds
// the allergy service, the diagnosis repository or a handler func is not
// an allergy or a diagnosis. So is a pointer, slice, array or map of one.
func isComponent(t types.Type) bool {
	return componentType(t, maxComponentDepth)
}

// maxComponentDepth bounds how deep the fields of a struct are followed
// to decide it holds only components (a handler that holds a service
// that holds a repository): services nest a few levels, and a bound keeps
// a recursive or pathological type from costing time.
const maxComponentDepth = 3

func componentType(t types.Type, depth int) bool {
	for range maxElemDepth {
		if _, ok := types.Unalias(t).(*types.TypeParam); ok {
			return false // its constraint's methods say nothing of the data it holds
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && componentName(words(n.Obj().Name())) {
			st, ok := n.Underlying().(*types.Struct)
			return !ok || !holdsDataNames(st, depth)
		}
		switch u := t.Underlying().(type) {
		case *types.Signature:
			return true
		case *types.Interface:
			return u.NumMethods() > 0 && !isSealed(u)
		case *types.Struct:
			n, ok := types.Unalias(t).(*types.Named)
			return ok && depth > 0 && hasMethods(n) && onlyComponents(u, depth-1)
		}
		if t = model.Elem(t); t == nil {
			return false
		}
	}
	return false
}

// componentName reports whether a type's name ends in a word that names
// a part of the program (AllergyService, diagnosisRepo, PatientHandler,
// allergyServiceImpl, DiagnosisUseCase).
func componentName(ws []string) bool {
	for len(ws) > 1 && contains(implWords, ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	n := len(ws)
	if n == 0 {
		return false
	}
	if contains(componentWords, ws[n-1]) {
		return true
	}
	return n > 1 && contains(componentWords, ws[n-2]+ws[n-1])
}

// isSealed reports whether an interface only marks the variants of a sum
// type (protobuf's oneof, a hand-written union): its methods are all
// unexported and take and return nothing, and its values are data.
func isSealed(it *types.Interface) bool {
	for i := range it.NumMethods() {
		m := it.Method(i)
		sig, ok := m.Type().(*types.Signature)
		if !ok || m.Exported() || sig.Params().Len() > 0 || sig.Results().Len() > 0 {
			return false
		}
	}
	return true
}

// holdsDataNames reports whether a struct named like a component holds
// fields named for a person's data that are not components themselves:
// then it is a record (a social-care Client with a Name and a
// DateOfBirth), not a part of the program.
func holdsDataNames(st *types.Struct, depth int) bool {
	for i := range st.NumFields() {
		f := st.Field(i)
		if classify(words(f.Name()), true) != nil && (depth == 0 || !componentType(f.Type(), depth-1)) {
			return true
		}
	}
	return false
}

// hasMethods reports whether n or a pointer to it has methods.
func hasMethods(n *types.Named) bool {
	return types.NewMethodSet(types.NewPointer(n)).Len() > 0
}

// onlyComponents reports whether every field of st holds a component: a
// struct with methods and no data of its own (a handler that holds its
// service, a service that holds its repositories) is itself a component.
func onlyComponents(st *types.Struct, depth int) bool {
	for i := range st.NumFields() {
		if !componentType(st.Field(i).Type(), depth) {
			return false
		}
	}
	return true
}

// association reports whether field i of st, a struct named ownerName,
// holds another entity linked to it by a key: an ORM association
// (Prescription.MedicalRecord beside its MedicalRecordID,
// Clinician.Prescriptions whose elements carry a ClinicianID, or a field
// whose gorm tag names the link). It is named for the entity, not for
// data; the entity's own fields are judged where it is declared.
func association(st *types.Struct, i int, ownerName string) bool {
	f := st.Field(i)
	elem, many := entityElem(f.Type())
	if elem == nil {
		return false
	}
	tag := strings.ToLower(reflect.StructTag(st.Tag(i)).Get("gorm"))
	for _, link := range []string{"foreignkey", "references", "many2many", "joinforeignkey"} {
		if strings.Contains(tag, link) {
			return true
		}
	}
	if hasField(st, f.Name()+"ID", f.Name()+"Id") {
		return true
	}
	return many && ownerName != "" && hasField(elem, ownerName+"ID", ownerName+"Id")
}

// entityElem returns the struct a field of type t holds, through a
// pointer, slice, array or map, and whether it holds many.
func entityElem(t types.Type) (*types.Struct, bool) {
	many := false
	for range maxComponentDepth {
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t, many = u.Elem(), true
			continue
		case *types.Array:
			t, many = u.Elem(), true
			continue
		case *types.Map:
			t, many = u.Elem(), true
			continue
		}
		break
	}
	if _, named := types.Unalias(t).(*types.Named); !named {
		return nil, false
	}
	st, _ := t.Underlying().(*types.Struct)
	return st, many
}

// hasField reports whether st has a field of one of the names.
func hasField(st *types.Struct, names ...string) bool {
	for i := range st.NumFields() {
		for _, n := range names {
			if st.Field(i).Name() == n {
				return true
			}
		}
	}
	return false
}
