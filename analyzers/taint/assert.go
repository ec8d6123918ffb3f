package taint

import "go/types"

// assertedData is what a value of type t, recovered from an interface by
// a type assertion or errors.As, holds of the interface's data. A label
// that stands for a value of a record or source type (its type is known)
// was put there by a value of that type: a value of another concrete
// type cannot be it, so the label of a ConsentError does not make a
// LimitError asserted from the same error identifiable. Labels of data
// whose type is not known are kept: they may be in any value.
func (e *Engine) assertedData(data Set, t types.Type) Set {
	if t == nil || types.IsInterface(t) || len(data) == 0 {
		return data
	}
	return data.filter(func(l Label) bool { return l.typ == nil || mayHold(t, l.typ) })
}

// mayHold reports whether a value of the concrete type t can be, or hold,
// a value of type inner: the same type up to pointers, or a struct with a
// field that may (an interface field may hold anything).
func mayHold(t, inner types.Type) bool {
	return mayHoldDepth(t, inner, 0)
}

func mayHoldDepth(t, inner types.Type, depth int) bool {
	if depth > maxHoldDepth || types.IsInterface(t) {
		return true
	}
	if types.Identical(deref(t), deref(inner)) {
		return true
	}
	switch u := deref(t).Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mayHoldDepth(u.Field(i).Type(), inner, depth+1) {
				return true
			}
		}
	case *types.Slice:
		return mayHoldDepth(u.Elem(), inner, depth+1)
	case *types.Array:
		return mayHoldDepth(u.Elem(), inner, depth+1)
	case *types.Map:
		return mayHoldDepth(u.Key(), inner, depth+1) || mayHoldDepth(u.Elem(), inner, depth+1)
	}
	return false
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
