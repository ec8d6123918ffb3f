package taint

import (
	"go/types"
)

// A decorator holds another implementation of the interface it
// implements itself: a logging cache around a two-tier cache around a
// memory cache (struct{cache Cache; log *zap.Logger}), an HTTP
// middleware around the next handler, a writer around a writer. Called
// through the interface, each layer may be any implementation, so the
// paths through a chain of them (.cache.Local.cache.log) grow without
// bound and are cut at maxPathParts, where what one layer logs of its own
// fields and what another layer stores (.cache.Local.cache.data[]) meet
// under one cut prefix: every cached record reached every decorator's
// logger.
//
// So a field whose type is an interface that its struct's type
// implements names no part of a path: the wrapped value's memory is
// taken to be the wrapper's (h.Local.data is h.data). That merges the
// layers of a chain into one object, the abstraction the interface
// already imposes on a caller (any layer may be any implementation),
// and keeps the fields of that object apart: a layer's logger and
// another's store stay two paths. Stores and reads go through the same
// rule, so what is stored through one layer is read through any other
// (merging only widens what meets).

// wrapField caches wrapsOwnInterface per struct type and field.
type wrapField struct {
	st *types.Struct
	i  int
}

// fieldPart is the path part a field of the struct behind t (a struct or
// a pointer to one) adds: ".name", or "" for a field holding another
// implementation of an interface the struct's type implements.
func (e *Engine) fieldPart(t types.Type, i int) string {
	if e.wrapsOwnInterface(t, i) {
		return ""
	}
	return "." + fieldName(t, i)
}

// wrapsOwnInterface reports whether field i of the struct behind t has
// an interface type, with methods, that the struct's named type or a
// pointer to it implements.
func (e *Engine) wrapsOwnInterface(t types.Type, i int) bool {
	named := namedStruct(t)
	if named == nil {
		return false
	}
	st := named.Underlying().(*types.Struct)
	if i >= st.NumFields() {
		return false
	}
	k := wrapField{st, i}
	if v, ok := e.wrapFields[k]; ok {
		return v
	}
	v := false
	if it, ok := st.Field(i).Type().Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
		v = types.Implements(named, it) || types.Implements(types.NewPointer(named), it)
	}
	if e.wrapFields == nil {
		e.wrapFields = map[wrapField]bool{}
	}
	e.wrapFields[k] = v
	return v
}

// namedStruct is the named struct type t is or points to, or nil.
func namedStruct(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return nil
	}
	return named
}
