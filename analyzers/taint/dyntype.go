package taint

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A function taking any (or another interface) may read different data
// in each branch of a type switch: NewProfile(a any) returns a patient's
// name when a is a Patient and a doctor's specialty when it is a Doctor.
// Its summary lists the patient's fields as read from parameter 0
// (Label.OwnIf). A call passing a Doctor, converted to the interface at
// the call, cannot have them read: a label read from a parameter whose
// record type the argument's dynamic type neither is nor holds is
// dropped there (contract §3: a record holds identifiable data only in
// what the code can have put there).

// maxHoldsWalk bounds the types heldTypes visits from one argument's
// type; past it, the argument is taken to hold anything (widening only:
// a label is kept).
const maxHoldsWalk = 256

// cannotHold reports whether arg, converted to an interface at the call,
// has a dynamic type that cannot hold the data label l was read from it.
func cannotHold(arg ssa.Value, l Label) bool {
	mi, ok := arg.(*ssa.MakeInterface)
	if !ok || l.Pkg == "" {
		return false
	}
	owner, ok := labelOwner(l)
	if !ok {
		return false
	}
	return !typeHolds(mi.X.Type(), l.Pkg, owner)
}

// labelOwner returns the name of the type whose field or record l names
// ("Patient" of "Patient.Name" or of the record "Patient"); not for a
// source function's or variable's data.
func labelOwner(l Label) (string, bool) {
	if strings.HasSuffix(l.Name, ")") {
		return "", false
	}
	owner, _, field := strings.Cut(l.Name, ".")
	if !field && !l.Record {
		return "", false
	}
	return owner, owner != ""
}

// typeHolds reports whether a value of type t is, or may hold, a value
// of the named type pkg.name: through fields, pointers, elements and
// embedding; an interface or type parameter may hold anything.
func typeHolds(t types.Type, pkg, name string) bool {
	seen := map[types.Type]bool{}
	queue := []types.Type{t}
	for len(queue) > 0 {
		if len(seen) > maxHoldsWalk {
			return true
		}
		t := types.Unalias(queue[0])
		queue = queue[1:]
		if seen[t] {
			continue
		}
		seen[t] = true
		switch u := t.(type) {
		case *types.Named:
			if o := u.Obj(); o.Name() == name && o.Pkg() != nil && o.Pkg().Path() == pkg {
				return true
			}
			queue = append(queue, u.Underlying())
		case *types.Interface, *types.TypeParam:
			return true
		case *types.Pointer:
			queue = append(queue, u.Elem())
		case *types.Slice:
			queue = append(queue, u.Elem())
		case *types.Array:
			queue = append(queue, u.Elem())
		case *types.Chan:
			queue = append(queue, u.Elem())
		case *types.Map:
			queue = append(queue, u.Key(), u.Elem())
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				queue = append(queue, u.Field(i).Type())
			}
		}
	}
	return false
}
