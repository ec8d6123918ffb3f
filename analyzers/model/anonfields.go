package model

import "go/types"

// maxAnonDepth bounds how deep AnonymousFields follows anonymous structs
// inside one another: declarations nest only as deep as they are written,
// and a bound keeps a pathological one from costing more than it names.
const maxAnonDepth = 16

// AnonymousFields returns the configuration names of the fields of
// anonymous structs that pkg's package-level types hold, by field: a
// field is named through the fields that reach it from the type,
// pkg/path.Order.Patient.Demographics.SSN, also through pointers, slices,
// arrays and maps of the anonymous struct.
func AnonymousFields(pkg *types.Package) map[*types.Var]string {
	out := map[*types.Var]string{}
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			walkAnonymous(st, pkg.Path()+"."+n, 0, out)
		}
	}
	return out
}

// walkAnonymous names the fields of the anonymous structs held by the
// fields of st, whose own name is prefix.
func walkAnonymous(st *types.Struct, prefix string, depth int, out map[*types.Var]string) {
	if depth >= maxAnonDepth {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		inner, ok := AnonymousStruct(f.Type())
		if !ok {
			continue
		}
		path := prefix + "." + f.Name()
		for j := 0; j < inner.NumFields(); j++ {
			out[inner.Field(j)] = path + "." + inner.Field(j).Name()
		}
		walkAnonymous(inner, path, depth+1, out)
	}
}

// AnonymousStruct returns the anonymous struct t is, or holds through
// pointers, slices, arrays and maps.
func AnonymousStruct(t types.Type) (*types.Struct, bool) {
	for range maxAnonDepth {
		if st, ok := types.Unalias(t).(*types.Struct); ok {
			return st, true
		}
		if t = LiteralElem(t); t == nil {
			return nil, false
		}
	}
	return nil, false
}

// anonFieldName returns the configuration name of f, a field of an
// anonymous struct, or "" when no package-level type reaches it. The
// names are worked out once per package.
func (m *Model) anonFieldName(f *types.Var) string {
	if f.Pkg() == nil {
		return ""
	}
	names, ok := m.anon[f.Pkg()]
	if !ok {
		names = AnonymousFields(f.Pkg())
		m.anon[f.Pkg()] = names
	}
	return names[f]
}
