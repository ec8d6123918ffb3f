package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A struct encoded and decoded back into a generic map (json.Marshal(obs)
// then json.Unmarshal(b, &m)) holds each field's data under that field's
// member name, as the map's value under that constant key (keyedPath): a
// validator that reads m["resourceType"] reads the resource type, not the
// record's marked fields (contract §3: an encoded record is identifiable
// by its marked fields). Only where the bytes are, in the same function,
// the result of an encoder of the struct that writes the same document
// kind, so that every member the map can hold is a field of a type in
// sight; anything else keeps the whole document under every key.

// A docMember is one member of the object a printer makes of a struct:
// its key, the path of its field below the struct (through embedded
// structs, whose fields are members of their own), and the field.
type docMember struct {
	key, path string
	owner     *types.Named
	st        *types.Struct
	i         int
}

// A decodedPart is what a decoder writes at one path below its map.
type decodedPart struct {
	path string
	data Set
}

// decodedParts splits data, what a decoding propagator p writes into its
// destination dst, by the map key each label can be found under: one
// part per member path, and the labels that no member accounts for (an
// element changed after encoding, a caller's value encoded whole) at ""
// (the whole map). ok is false where the split does not apply.
func (f *family) decodedParts(s *callSite, p catalog.Propagator, dst ssa.Value, data Set) (parts []decodedPart, ok bool) {
	if p.Decodes == catalog.Raw || !keyedMapPointer(boxedType(dst)) {
		return nil, false
	}
	from, ok := onlyArg(p.From)
	if !ok || from >= len(s.args) {
		return nil, false
	}
	x, ok := f.encodedValue(s.args[from], p.Decodes)
	if !ok {
		return nil, false
	}
	members, ok := f.e.docMembers(x.Type(), p.Decodes)
	if !ok {
		return nil, false
	}
	byPath := map[string]int{}
	placed := make([]bool, len(data))
	for _, m := range members {
		shown := f.printedArg(x, m.path, p.Decodes)
		typed := f.e.memberEmits(m, p.Decodes)
		var in Set
		for j, l := range data {
			if setHas(shown, l) || l.Concrete() && sameNamed(typed, l) {
				in = append(in, l)
				placed[j] = true
			}
		}
		if len(in) == 0 {
			continue
		}
		path := keyedPath(m.key)
		if k, seen := byPath[path]; seen {
			parts[k].data, _ = parts[k].data.Union(in)
			continue
		}
		byPath[path] = len(parts)
		parts = append(parts, decodedPart{path, in})
	}
	var whole Set
	for j, l := range data {
		if !placed[j] {
			whole = append(whole, l)
		}
	}
	if len(whole) > 0 {
		parts = append(parts, decodedPart{"", whole})
	}
	return parts, true
}

// keyedMapPointer reports whether t points to a map whose values a
// constant key keeps apart (valuePath): string keys, values that are not
// structs or pointers to them.
func keyedMapPointer(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	m, ok := p.Elem().Underlying().(*types.Map)
	if !ok || isStruct(m.Elem()) || isStructPointer(m.Elem()) {
		return false
	}
	k, ok := m.Key().Underlying().(*types.Basic)
	return ok && k.Info()&types.IsString != 0
}

// onlyArg is the index a selection of exactly one argument selects.
func onlyArg(a catalog.Args) (int, bool) {
	if a.From >= 0 || len(a.Only) != 1 {
		return 0, false
	}
	return a.Only[0], true
}

// encodedValue is the value the bytes b are the document of, made by a
// Document propagator of printer p called in this function, or false. A boxed value is given unboxed: its
// fields are read below it.
func (f *family) encodedValue(b ssa.Value, p catalog.Printer) (ssa.Value, bool) {
	if unwrapCut(b) {
		return nil, false
	}
	v := unwrap(b)
	if ex, ok := v.(*ssa.Extract); ok && ex.Index == 0 {
		v = ex.Tuple
	}
	call, ok := v.(*ssa.Call)
	if !ok || call.Call.IsInvoke() {
		return nil, false
	}
	fn := calledFunc(&call.Call)
	if fn == nil || fn.Signature().Recv() != nil {
		return nil, false
	}
	for _, q := range f.e.calleeOf(fn).entry.Propagators {
		i, one := onlyArg(q.From)
		if !q.Document || q.Into != catalog.Results || q.Printer != p || q.OnlyError || !one || i >= len(call.Call.Args) {
			continue
		}
		x := call.Call.Args[i]
		if mi, ok := x.(*ssa.MakeInterface); ok {
			x = mi.X
		}
		return x, true
	}
	return nil, false
}

// docMembers are the members of the object p makes of a value of type t
// (a struct or a pointer to one), or false when p does not make one
// member per field: a type that renders itself (MarshalJSON, promoted
// from an embedded type too), a printer that names no members, or an
// embedded pointer (whose fields are members only when it is not nil).
func (e *Engine) docMembers(t types.Type, p catalog.Printer) ([]docMember, bool) {
	if ptr, ok := t.Underlying().(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if !isStruct(t) || p.MemberName("x", "") == "" {
		return nil, false
	}
	for _, m := range p.Methods() {
		if method(t, nil, m.Name) != nil || p.PointerMethods() && method(types.NewPointer(t), nil, m.Name) != nil {
			return nil, false
		}
	}
	return e.structMembers(nil, t, "", p)
}

func (e *Engine) structMembers(out []docMember, t types.Type, prefix string, p catalog.Printer) ([]docMember, bool) {
	named, _ := types.Unalias(t).(*types.Named)
	st := t.Underlying().(*types.Struct)
	for i := 0; i < st.NumFields(); i++ {
		fld, tag := st.Field(i), st.Tag(i)
		if p.Hides(tag) {
			continue
		}
		path := prefix + "." + fld.Name()
		if fld.Embedded() && p.MemberName("", tag) == "" {
			if _, ok := fld.Type().Underlying().(*types.Pointer); ok {
				return nil, false
			}
			if isStruct(fld.Type()) {
				var ok bool
				if out, ok = e.structMembers(out, fld.Type(), path, p); !ok {
					return nil, false
				}
				continue
			}
		}
		if !fld.Exported() {
			continue
		}
		out = append(out, docMember{p.MemberName(fld.Name(), tag), path, named, st, i})
	}
	return out, true
}

// memberEmits is what encoding a record shows of member m, as walkRecord
// finds it: the field's own label when it is marked, what its type shows
// otherwise.
func (e *Engine) memberEmits(m docMember, p catalog.Printer) Set {
	class := e.Model.FieldClass(m.owner, m.st, m.i)
	switch class {
	case vocab.ClassNone:
		return nil
	case vocab.ClassUnset:
		return e.emittedByType(m.st.Field(m.i).Type(), p)
	}
	owner, pkg := e.ownerName(m.owner)
	return Set{{Name: owner + "." + m.st.Field(m.i).Name(), Pkg: pkg, Class: class}}
}

// setHas reports whether s holds l (by key).
func setHas(s Set, l Label) bool {
	k := l.key()
	for _, m := range s {
		if m.key() == k {
			return true
		}
	}
	return false
}

// sameNamed reports whether s holds a label naming l's data: its name,
// package, class and whether a record, whatever its origin and owner.
func sameNamed(s Set, l Label) bool {
	for _, m := range s {
		if m.Name == l.Name && m.Pkg == l.Pkg && m.Class == l.Class && m.Record == l.Record {
			return true
		}
	}
	return false
}
