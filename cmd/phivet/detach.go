package main

import (
	"go/types"

	"github.com/phivet/phivet/internal/driver"
)

// The program index lives until the end of the run. Its methods keep no
// types (complete.go), but the functions it keeps for slots
// (completeslots.go) are called by packages judged again with their own
// signatures, so the index keeps those as types: were they the objects
// the package was checked as from source, each would keep the whole
// package alive, with every function body's scopes and locals. A
// detacher gives the index a copy of just the types it keeps (and the
// types they name, their fields and methods) instead.
//
// The copy is as foreign to a package judged again as the source objects
// were: the driver does not know it (no facts are found for its objects,
// as none are for source objects once the driver swapped in their export
// data form), and it is identical to nothing the package sees through
// its imports. So the completion step judges exactly as before.

// A detacher copies a package's source-checked types.
type detacher struct {
	src, dst *types.Package
	memo     map[types.Type]types.Type // nil: cannot be copied
	// noted lists the types memo gained in the copy under way: when a
	// copy fails, the copies it made of the types it reached (which may
	// name its own unfinished copy) are forgotten with it.
	noted []types.Type
	depth int
}

// newDetacher returns a detacher for p, or nil when p's types are to be
// kept as they are: the driver keeps them when p did not type-check
// (and then finds facts by them), and phivet map keeps them (forMap).
func newDetacher(p *driver.Package, forMap bool) *detacher {
	if forMap || p.Types == nil || p.IllTyped {
		return nil
	}
	return detacherFor(p.Types)
}

func detacherFor(src *types.Package) *detacher {
	return &detacher{
		src:  src,
		dst:  types.NewPackage(src.Path(), src.Name()),
		memo: map[types.Type]types.Type{},
	}
}

// method returns the copy of fn, a method of the named type recv.
func (d *detacher) method(recv *types.Named, fn *types.Func) (*types.Func, bool) {
	t, ok := d.typ(recv)
	if !ok {
		return nil, false
	}
	n := t.(*types.Named)
	for i := 0; i < n.NumMethods(); i++ {
		if m := n.Method(i); m.Name() == fn.Name() {
			return m, true
		}
	}
	return nil, false
}

// function returns the copy of fn, a function or method of the package.
func (d *detacher) function(fn *types.Func) (*types.Func, bool) {
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		named := receiverNamed(recv.Type())
		if named == nil {
			return nil, false
		}
		return d.method(named, fn)
	}
	cs, ok := d.signature(sig, nil)
	if !ok {
		return nil, false
	}
	return types.NewFunc(fn.Pos(), d.dst, fn.Name(), cs), true
}

// typ returns the copy of t: t itself when it names none of the
// package's types.
func (d *detacher) typ(t types.Type) (types.Type, bool) {
	if r, ok := d.memo[t]; ok {
		return r, r != nil
	}
	start := len(d.noted)
	d.depth++
	var r types.Type
	var ok bool
	if n, isNamed := t.(*types.Named); isNamed && n.Obj().Pkg() == d.src {
		r, ok = d.named(n)
	} else {
		r, ok = d.copyType(t)
	}
	d.depth--
	if !ok {
		for _, u := range d.noted[start:] {
			delete(d.memo, u)
		}
		d.noted = d.noted[:start]
		r = nil
	}
	d.note(t, r)
	if d.depth == 0 {
		d.noted = d.noted[:0]
	}
	return r, ok
}

func (d *detacher) note(t, r types.Type) {
	d.memo[t] = r
	d.noted = append(d.noted, t)
}

// named copies a type the package declares, with its methods. The copy
// is noted before its underlying type is made, for the types that name
// themselves.
func (d *detacher) named(n *types.Named) (types.Type, bool) {
	if n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
		return nil, false
	}
	obj := n.Obj()
	tn := types.NewTypeName(obj.Pos(), d.dst, obj.Name(), nil)
	c := types.NewNamed(tn, nil, nil)
	d.note(n, c)
	u, ok := d.typ(n.Underlying())
	if !ok {
		return nil, false
	}
	c.SetUnderlying(u)
	for i := 0; i < n.NumMethods(); i++ {
		m := n.Method(i)
		sig := m.Signature()
		recvType := types.Type(c)
		if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
			recvType = types.NewPointer(c)
		}
		recv := types.NewParam(sig.Recv().Pos(), d.dst, sig.Recv().Name(), recvType)
		cs, ok := d.signature(sig, recv)
		if !ok {
			return nil, false
		}
		c.AddMethod(types.NewFunc(m.Pos(), d.pkg(m.Pkg()), m.Name(), cs))
	}
	return c, true
}

// pkg is the copy's package for objects of the source package.
func (d *detacher) pkg(p *types.Package) *types.Package {
	if p == d.src {
		return d.dst
	}
	return p
}

func (d *detacher) copyType(t types.Type) (types.Type, bool) {
	switch t := t.(type) {
	case *types.Basic:
		return t, true
	case *types.Alias:
		if t.Obj().Pkg() != d.src {
			return t, !d.mentions(t)
		}
		if t.TypeParams().Len() > 0 || t.TypeArgs().Len() > 0 {
			return nil, false
		}
		rhs, ok := d.typ(t.Rhs())
		if !ok {
			return nil, false
		}
		obj := t.Obj()
		return types.NewAlias(types.NewTypeName(obj.Pos(), d.dst, obj.Name(), nil), rhs), true
	case *types.Named:
		// Another package's: its export data form already, unless it
		// is instantiated with this package's types.
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if a, ok := d.typ(t.TypeArgs().At(i)); !ok || a != t.TypeArgs().At(i) {
				return nil, false
			}
		}
		return t, true
	case *types.Pointer:
		e, ok := d.typ(t.Elem())
		if !ok || e == t.Elem() {
			return t, ok
		}
		return types.NewPointer(e), true
	case *types.Slice:
		e, ok := d.typ(t.Elem())
		if !ok || e == t.Elem() {
			return t, ok
		}
		return types.NewSlice(e), true
	case *types.Array:
		e, ok := d.typ(t.Elem())
		if !ok || e == t.Elem() {
			return t, ok
		}
		return types.NewArray(e, t.Len()), true
	case *types.Chan:
		e, ok := d.typ(t.Elem())
		if !ok || e == t.Elem() {
			return t, ok
		}
		return types.NewChan(t.Dir(), e), true
	case *types.Map:
		k, ok1 := d.typ(t.Key())
		e, ok2 := d.typ(t.Elem())
		if !ok1 || !ok2 || k == t.Key() && e == t.Elem() {
			return t, ok1 && ok2
		}
		return types.NewMap(k, e), true
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		changed := false
		for i := range fields {
			f := t.Field(i)
			ft, ok := d.typ(f.Type())
			if !ok {
				return nil, false
			}
			changed = changed || ft != f.Type() || f.Pkg() == d.src
			fields[i] = types.NewField(f.Pos(), d.pkg(f.Pkg()), f.Name(), ft, f.Embedded())
			tags[i] = t.Tag(i)
		}
		if !changed {
			return t, true
		}
		return types.NewStruct(fields, tags), true
	case *types.Signature:
		if t.Recv() != nil {
			return nil, false // a method's: copied with its type
		}
		return d.signature(t, nil)
	case *types.Interface:
		if t.NumEmbeddeds() > 0 {
			return t, !d.mentions(t)
		}
		methods := make([]*types.Func, t.NumExplicitMethods())
		changed := false
		for i := range methods {
			m := t.ExplicitMethod(i)
			sig, ok := d.signature(m.Signature(), nil)
			if !ok {
				return nil, false
			}
			changed = changed || sig != m.Signature() || m.Pkg() == d.src
			methods[i] = types.NewFunc(m.Pos(), d.pkg(m.Pkg()), m.Name(), sig)
		}
		if !changed {
			return t, true
		}
		return types.NewInterfaceType(methods, nil).Complete(), true
	}
	// Aliases, type parameters and the rest: kept when they name none of
	// the package's types.
	return t, !d.mentions(t)
}

// signature copies sig, with recv as its receiver (nil for none).
func (d *detacher) signature(sig *types.Signature, recv *types.Var) (*types.Signature, bool) {
	if sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 {
		return nil, false
	}
	params, ok1, ch1 := d.tuple(sig.Params())
	results, ok2, ch2 := d.tuple(sig.Results())
	if !ok1 || !ok2 {
		return nil, false
	}
	if recv == nil && !ch1 && !ch2 {
		return sig, true
	}
	return types.NewSignatureType(recv, nil, nil, params, results, sig.Variadic()), true
}

func (d *detacher) tuple(tu *types.Tuple) (out *types.Tuple, ok, changed bool) {
	vars := make([]*types.Var, tu.Len())
	for i := range vars {
		v := tu.At(i)
		t, ok := d.typ(v.Type())
		if !ok {
			return nil, false, false
		}
		changed = changed || t != v.Type() || v.Pkg() == d.src
		vars[i] = types.NewParam(v.Pos(), d.pkg(v.Pkg()), v.Name(), t)
	}
	if !changed {
		return tu, true, false
	}
	return types.NewTuple(vars...), true, true
}

// mentions reports whether t names one of the package's types or
// objects, or is of a kind not known here.
func (d *detacher) mentions(t types.Type) bool {
	switch t := t.(type) {
	case *types.Alias:
		return t.Obj().Pkg() == d.src || d.mentions(types.Unalias(t))
	case *types.TypeParam:
		return t.Obj().Pkg() == d.src
	case *types.Basic:
		return false
	case *types.Named, *types.Pointer, *types.Slice, *types.Array, *types.Chan, *types.Map, *types.Struct, *types.Signature:
		c, ok := d.typ(t)
		return !ok || c != t
	case *types.Interface:
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if d.mentions(t.EmbeddedType(i)) {
				return true
			}
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			if sig, ok := d.signature(m.Signature(), nil); m.Pkg() == d.src || !ok || sig != m.Signature() {
				return true
			}
		}
		return false
	}
	return true
}
