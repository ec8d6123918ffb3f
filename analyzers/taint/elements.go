package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/phivet/phivet/analyzers/vocab"
	"golang.org/x/tools/go/ssa"
)

// Paths below a collection or channel: what its elements (a slice's,
// array's or channel's elements, a map's values) hold is stored at
// elemPath, what a map's keys hold at keyPath. Keys and values are apart
// because a map keyed by an identifier holds plain values: reading them
// back does not give the key.
const (
	elemPath = "[]"
	keyPath  = "[k]"
)

// A map's value stored or read under a constant key is at that key's
// own path below elemPath, elemPath+"[=id]", so that reading one key
// (m["id"]) does not give what another holds, while a read of every
// value (a range, a lookup by a key not known, the whole map printed)
// sees every key's path below elemPath. Only maps of values that are not
// structs or pointers to them: a struct element's fields are kept at
// paths below its own,
// which a read of the generic element would not find below a key's.
// A key with a character that parts paths ('.', '[', ']') or longer than
// maxMapKey stays at elemPath.
const maxMapKey = 32 // longer constant keys are rare; the bound keeps paths under maxPath

// valuePath is the path below a map at which the value stored or read
// under key lies: the key's own path for a constant one, elemPath
// otherwise.
func valuePath(m ssa.Value, key ssa.Value) string {
	mt, ok := m.Type().Underlying().(*types.Map)
	if !ok || isStruct(mt.Elem()) || isStructPointer(mt.Elem()) {
		return elemPath
	}
	c, ok := key.(*ssa.Const)
	if !ok || c.Value == nil {
		return elemPath
	}
	switch c.Value.Kind() {
	case constant.String:
		return keyedPath(constant.StringVal(c.Value))
	case constant.Int:
		return keyedPath(c.Value.ExactString())
	}
	return elemPath
}

// keyedPath is the path of the value held under the constant key k:
// elemPath+"[=k]", or elemPath for a key no path can spell.
func keyedPath(k string) string {
	if k == "" || len(k) > maxMapKey || strings.ContainsAny(k, ".[]") {
		return elemPath
	}
	return elemPath + "[=" + k + "]"
}

// storeElem puts v into coll at suffix (elemPath or keyPath). A struct,
// or a pointer to one (sent on a channel, held in a map), keeps its
// fields apart there, as in memory (see copyStruct).
func (f *family) storeElem(coll ssa.Value, suffix string, v ssa.Value) {
	if isStruct(v.Type()) || isStructPointer(v.Type()) {
		for _, l := range f.locs(coll) {
			f.copyStruct(loc{l.root, l.path + suffix}, v)
		}
		return
	}
	t := f.taintOf(v)
	for _, l := range f.locs(coll) {
		f.store(loc{l.root, l.path + suffix}, t)
	}
}

// loadElem is what reading from coll at suffix gives a value of type
// typ. A struct (or a pointer to one) keeps its fields apart: each
// field's data is stored
// under every value in dsts (the value read, or the Extracts of it from
// a tuple), where a field read finds it; the result is what the struct
// holds as a whole.
func (f *family) loadElem(coll ssa.Value, suffix string, typ types.Type, dsts []ssa.Value) Taint {
	t := Taint{Data: f.collectionData(coll).Whole().under(suffix)}
	for _, l := range f.locs(coll) {
		el := loc{l.root, l.path + suffix}
		if !isStruct(typ) && !isStructPointer(typ) {
			t, _ = t.union(f.read(el))
			continue
		}
		for p, m := range f.storedAround(l.root, el.path) {
			switch {
			case p == el.path:
				t, _ = t.union(m)
			case hasPathPrefix(p, el.path):
				for _, d := range dsts {
					f.store(loc{d, p[len(el.path):]}, m)
				}
			case hasPathPrefix(el.path, p):
				t, _ = t.union(Taint{Data: m.Data.Whole().under(el.path[len(p):]), Dest: m.Dest})
			}
		}
		if l.root != coll {
			rt := f.valueOnly(l.root)
			t, _ = t.union(Taint{Data: rt.Data.Whole().under(el.path), Dest: rt.Dest})
		}
	}
	if isString(coll.Type()) {
		t, _ = t.union(f.valueOnly(coll))
	}
	if isMap(coll) {
		t.Data = t.Data.filter(func(l Label) bool { return !f.e.otherSideLabel(l, suffix) })
	}
	return t
}

// collectionData is what coll holds as a value, apart from its memory. A
// map with keyed values loaded from a variable or field holds, as a
// value, everything read below its address (the load's deep read), every
// key's value at once: what it holds of its own is its type's, its
// address's and a marked field's it is read from, and its keys' values
// are read from memory, as a struct's fields are (argAt).
func (f *family) collectionData(coll ssa.Value) Set {
	if ld, ok := coll.(*ssa.UnOp); ok && ld.Op == token.MUL && keyedMapPointer(ld.X.Type()) {
		data, _ := f.valueOnly(ld.X).Data.Union(f.baseData(ld.X))
		data, _ = data.Union(f.intrinsic(coll).Data)
		return data
	}
	return f.valueOnly(coll).Data
}

// otherSideLabel reports whether l is the label a map carries because of
// the type of its keys (a map[NHSNumber]*Stay) or of its values (a
// map[string]*Patient) while suffix reads the other side: it says nothing
// of that side, whose values carry their own type's label.
func (e *Engine) otherSideLabel(l Label, suffix string) bool {
	if l.typ == nil || e.Model.TypeClass(l.typ) != vocab.ClassUnset {
		return false
	}
	m, ok := l.typ.Underlying().(*types.Map)
	if !ok {
		return false
	}
	byKey := e.Model.IsRecord(m.Key()) || e.Model.TypeClass(m.Key()) != vocab.ClassUnset
	return byKey == (suffix != keyPath)
}

// extracts are the values taken from tuple v at index i.
func extracts(v ssa.Value, i int) []ssa.Value {
	var out []ssa.Value
	for _, r := range *v.Referrers() {
		if x, ok := r.(*ssa.Extract); ok && x.Index == i {
			out = append(out, x)
		}
	}
	return out
}

// isMap reports whether coll is a map (its keys are apart from its
// values).
func isMap(coll ssa.Value) bool {
	_, ok := coll.Type().Underlying().(*types.Map)
	return ok
}

// tupleAt is the type of tuple v's i-th value.
func tupleAt(v ssa.Value, i int) types.Type {
	return v.Type().(*types.Tuple).At(i).Type()
}
