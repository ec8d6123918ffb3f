package taint

import (
	"go/types"
	"strings"
)

// MethodKey spells a method as interface satisfaction compares it: its
// name (with its package's path when unexported) and its signature's
// types, receiver left out, every named type by its package's path and
// every alias as the type it stands for (an SDK's public interface
// declaring Send(Options) with Options = internal.Options is implemented
// by Send(internal.Options)).
func MethodKey(fn *types.Func) string {
	var b strings.Builder
	if !fn.Exported() && fn.Pkg() != nil {
		b.WriteString(fn.Pkg().Path())
		b.WriteByte('.')
	}
	b.WriteString(fn.Name())
	sig := fn.Signature()
	tuple := func(t *types.Tuple, variadic bool) {
		b.WriteByte('(')
		for i := 0; i < t.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			if variadic && i == t.Len()-1 {
				b.WriteString("...")
			}
			b.WriteString(types.TypeString(unaliased(t.At(i).Type()), nil))
		}
		b.WriteByte(')')
	}
	tuple(sig.Params(), sig.Variadic())
	tuple(sig.Results(), false)
	return b.String()
}

// InterfaceKeys spells every method of iface (MethodKey).
func InterfaceKeys(iface *types.Interface) []string {
	keys := make([]string, iface.NumMethods())
	for i := range keys {
		keys[i] = MethodKey(iface.Method(i))
	}
	return keys
}

// unaliased returns t with every alias in it replaced by the type it
// stands for, so that types.TypeString spells two identical types alike.
// Types holding no alias come back as they are; struct and interface
// literals, rare in method signatures, are only unaliased at their top.
func unaliased(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Alias:
		return unaliased(types.Unalias(t))
	case *types.Pointer:
		if e := unaliased(t.Elem()); e != t.Elem() {
			return types.NewPointer(e)
		}
	case *types.Slice:
		if e := unaliased(t.Elem()); e != t.Elem() {
			return types.NewSlice(e)
		}
	case *types.Array:
		if e := unaliased(t.Elem()); e != t.Elem() {
			return types.NewArray(e, t.Len())
		}
	case *types.Map:
		k, e := unaliased(t.Key()), unaliased(t.Elem())
		if k != t.Key() || e != t.Elem() {
			return types.NewMap(k, e)
		}
	case *types.Chan:
		if e := unaliased(t.Elem()); e != t.Elem() {
			return types.NewChan(t.Dir(), e)
		}
	case *types.Signature:
		params, pc := unaliasedTuple(t.Params())
		results, rc := unaliasedTuple(t.Results())
		if pc || rc {
			return types.NewSignatureType(nil, nil, nil, params, results, t.Variadic())
		}
	}
	return t
}

func unaliasedTuple(t *types.Tuple) (*types.Tuple, bool) {
	if t == nil {
		return nil, false
	}
	vars := make([]*types.Var, t.Len())
	changed := false
	for i := range vars {
		v := t.At(i)
		u := unaliased(v.Type())
		if u != v.Type() {
			changed = true
			v = types.NewParam(v.Pos(), v.Pkg(), v.Name(), u)
		}
		vars[i] = v
	}
	if !changed {
		return t, false
	}
	return types.NewTuple(vars...), true
}
