package taint

import (
	"go/types"
	"slices"
	"strings"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// emitted returns what printing or encoding data labelled l with printer p
// emits. A value of a record or source type speaks through its String,
// MarshalJSON, LogValue… method when it has one (so a redacting String
// prints clean), and otherwise through its marked fields, element by
// element for collections.
func (e *Engine) emitted(l Label, p catalog.Printer) Set {
	return e.emittedInto(nil, l, p)
}

// emittedInto is emitted appending to out, so that render can build
// every label's part in one array it reuses.
func (e *Engine) emittedInto(out Set, l Label, p catalog.Printer) Set {
	if !l.Concrete() && l.Rendered == catalog.Raw && p != catalog.Raw {
		// What the caller passes is printed here: the caller applies p
		// to its argument (only the innermost printer counts, the
		// others print its output).
		l.Rendered = p
		return append(out, l)
	}
	if l.TypeLost && l.typ == nil && l.Concrete() && p != catalog.Raw {
		l.typ = e.factType(l)
	}
	if l.typ == nil || !l.Concrete() || p == catalog.Raw {
		return append(out, l)
	}
	var cached Set
	if l.Loads != "" {
		cached = e.emittedLoaded(l.typ, p, l.Loads) // see ormloads.go
	} else {
		cached = e.emittedByType(l.typ, p)
	}
	// A copy: the cached set, and any set it shares labels with, stay as
	// they are; only this use gets l's origin.
	if out == nil {
		out = make(Set, 0, len(cached))
	}
	for _, m := range cached {
		if m.Origin == nil || m.Origin.Pos == 0 && m.Origin.Where == "" {
			m.Origin = l.Origin
		}
		m.Own, m.OwnIf = l.Own, l.OwnIf
		m.Sanitized = m.Sanitized || l.Sanitized // a literal holding only sanitized data
		out = append(out, m)
	}
	return out
}

// factType is the record or source type a label that came through a fact
// (which carries no type) is the label of, found by its package and name
// among this package's dependencies, or nil: a record returned as any by
// a function of another package prints as its type says, there as here.
// A type found must give the label itself (name, package, class,
// whether a record), so a field's or function's label never matches.
func (e *Engine) factType(l Label) types.Type {
	if l.Sanitized || l.Pkg == "" || strings.ContainsAny(l.Name, ".([") {
		return nil
	}
	k := [2]string{l.Pkg, l.Name}
	if t, ok := e.factTypes[k]; ok {
		return t
	}
	var t types.Type
	if pkg := e.dependencyByPath(l.Pkg); pkg != nil {
		if tn, ok := pkg.Scope().Lookup(l.Name).(*types.TypeName); ok {
			if tl := e.baseTypeLabel(tn.Type()); tl != nil && tl.Name == l.Name && tl.Pkg == l.Pkg &&
				tl.Class == l.Class && tl.Record == l.Record {
				t = tn.Type()
			}
		}
	}
	e.factTypes[k] = t
	return t
}

type printKey struct {
	t types.Type
	p catalog.Printer
}

// emittedByType is what printing a value of type t with p emits. Only a
// completed query is cached: a walk through recursive types (a Patient
// whose Ward lists Patients) sees each type once per query, so no
// partial answer met on a cycle is ever kept for later.
func (e *Engine) emittedByType(t types.Type, p catalog.Printer) Set {
	key := printKey{t, p}
	c := &e.cycles
	if s, ok := e.printCache[key]; ok {
		for _, m := range c.printReads[key] {
			c.consult(m)
		}
		return s
	}
	if e.printing[key] {
		// Re-entered while analysing a rendering method of this very
		// type; the outer query completes the answer.
		return nil
	}
	e.printing[key] = true
	from := len(c.consults)
	s := e.emitWalk(t, p, map[types.Type]bool{})
	delete(e.printing, key)
	e.printCache[key] = s
	if c.provisional() {
		c.prints = append(c.prints, key)
		// (consults only empties once no summary is provisional, so
		// from is within it; min keeps that an assumption, not a panic.)
		if read := c.consults[min(from, len(c.consults)):]; len(read) > 0 {
			if c.printReads == nil {
				c.printReads = map[printKey][]*member{}
			}
			c.printReads[key] = slices.Clone(read)
		}
	}
	return s
}

func (e *Engine) emitWalk(t types.Type, p catalog.Printer, seen map[types.Type]bool) Set {
	if seen[t] {
		return nil
	}
	seen[t] = true
	if s, ok := e.methodEmits(t, p, seen); ok {
		return s
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		// Through a pointer, methods with pointer receivers apply too.
		if s, ok := e.methodEmitsIn(t, u.Elem(), p, seen); ok {
			return s
		}
		return e.emitWalk(u.Elem(), p, seen)
	case *types.Slice:
		return e.emitWalk(u.Elem(), p, seen)
	case *types.Array:
		return e.emitWalk(u.Elem(), p, seen)
	case *types.Map:
		s := e.emitWalk(u.Key(), p, seen)
		s, _ = s.Union(e.emitWalk(u.Elem(), p, seen))
		return s
	}
	return e.structural(t, p, seen)
}

// recordClasses is the class of a record: the classes of its marked
// fields, for messages ("record: direct, clinical").
func (e *Engine) recordClasses(t types.Type) vocab.Class {
	var seen vocab.ClassSet
	e.walkRecord(t, catalog.Fmt, map[types.Type]bool{t: true}, func(l Label) { seen = seen.With(l.Class) })
	return seen.Record()
}

// walkRecord calls emit for every identifiable field printer p shows of
// the struct type t, descending into nested records.
func (e *Engine) walkRecord(t types.Type, p catalog.Printer, seen map[types.Type]bool, emit func(Label)) {
	named, _ := types.Unalias(t).(*types.Named)
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	owner, pkg := e.ownerName(named)
	for i := 0; i < st.NumFields(); i++ {
		fld := st.Field(i)
		if p.ExportedOnly() && !fld.Exported() && !fld.Embedded() || p.Hides(st.Tag(i)) {
			continue
		}
		class := e.Model.FieldClass(named, st, i)
		if class == vocab.ClassNone {
			continue
		}
		if class != vocab.ClassUnset {
			emit(Label{Name: owner + "." + fld.Name(), Pkg: pkg, Class: class})
			continue
		}
		for _, l := range e.emitWalk(fld.Type(), p, seen) {
			emit(l)
		}
	}
}

// methodEmits reports what t's rendering method for printer p emits,
// if t has one. A value has only its value-receiver methods, as fmt sees
// it; a printer that also calls pointer-receiver methods on the
// addressable values it walks (encoding/json, on slice elements and
// fields) counts a pointer-receiver method too.
func (e *Engine) methodEmits(t types.Type, p catalog.Printer, seen map[types.Type]bool) (Set, bool) {
	if _, isPtr := t.Underlying().(*types.Pointer); isPtr || types.IsInterface(t) {
		return nil, false // pointers: see computeEmitted
	}
	if s, ok := e.methodEmitsIn(t, t, p, seen); ok {
		return s, true
	}
	if p.PointerMethods() {
		return e.methodEmitsIn(types.NewPointer(t), t, p, seen)
	}
	return nil, false
}

// methodEmitsIn looks for p's rendering methods in the method set of
// recv, whose base type is t.
func (e *Engine) methodEmitsIn(recv, t types.Type, p catalog.Printer, seen map[types.Type]bool) (Set, bool) {
	for _, m := range p.Methods() {
		fn := method(recv, nil, m.Name)
		if fn == nil || !rendersLike(fn, m) {
			continue
		}
		sum := e.summaryOfFunc(fn)
		if sum == nil {
			// Unknown body: assume the method shows the data.
			return e.structural(t, p, seen), true
		}
		var em Taint
		if m.Param < 0 {
			if len(sum.Results) > 0 {
				em = sum.Results[0]
			}
		} else {
			em = sum.OutOf(m.Param)
		}
		out := em.Data.Concrete()
		for _, l := range em.Data.Symbolic() {
			if l.Param == 1 { // the receiver, or the part of it at l.Path, is emitted
				out, _ = out.Union(e.pathEmits(t, l.Path, seen))
			}
		}
		return out, true
	}
	return nil, false
}

// hasRenderingMethod reports whether t (or *t) has a method some printer
// renders values through.
// Collections render element by element, so a collection of such a type
// counts too.
func (e *Engine) hasRenderingMethod(t types.Type) bool {
	for range 4 {
		for _, p := range catalog.SelfRendering() {
			for _, m := range p.Methods() {
				if method(t, nil, m.Name) != nil {
					return true
				}
			}
		}
		if t = model.Elem(t); t == nil {
			return false
		}
	}
	return false
}

// pathEmits is what printing the part of a t value at path (".B",
// ".Items[]") shows, with fmt's rules; the whole of t for "" or a path
// it cannot follow.
func (e *Engine) pathEmits(t types.Type, path string, seen map[types.Type]bool) Set {
	cur := t
	for path != "" {
		if el := model.Elem(cur); el != nil {
			if _, ptr := cur.Underlying().(*types.Pointer); ptr || strings.HasPrefix(path, "[]") {
				cur, path = el, strings.TrimPrefix(path, "[]")
				continue
			}
		}
		st, ok := cur.Underlying().(*types.Struct)
		if !ok || !strings.HasPrefix(path, ".") {
			return e.structural(t, catalog.Fmt, seen)
		}
		name := path[1:]
		if i := strings.IndexAny(name, ".["); i >= 0 {
			name, path = name[:i], name[i:]
		} else {
			path = ""
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() != name {
				continue
			}
			named, _ := types.Unalias(cur).(*types.Named)
			if class := e.Model.FieldClass(named, st, i); class.Identifiable() {
				owner, pkg := e.ownerName(named)
				return Set{{Name: owner + "." + name, Pkg: pkg, Class: class}}
			}
			cur, found = st.Field(i).Type(), true
			break
		}
		if !found {
			return e.structural(t, catalog.Fmt, seen)
		}
	}
	if cur == t {
		return e.structural(t, catalog.Fmt, seen)
	}
	return e.emitWalk(cur, catalog.Fmt, seen)
}

// structural is what t shows when printed field by field, ignoring its
// own rendering methods (used when such a method prints the receiver).
// seen is the walk in progress, so that types whose methods print each
// other end.
func (e *Engine) structural(t types.Type, p catalog.Printer, seen map[types.Type]bool) Set {
	if c := e.Model.TypeClass(t); c != vocab.ClassUnset {
		return Set{{Name: typeName(t), Pkg: typePkg(t), Class: c}}
	}
	var out []Label
	e.walkRecord(t, p, seen, func(l Label) { out = append(out, l) })
	return setOf(out)
}

// method returns the method of t's method set with the given name (pkg
// qualifies an unexported one), or nil: what t's MethodSet.Lookup finds,
// by the same selector rules (a field or a collision at a shallower depth
// hides it; a value has no pointer-receiver methods). Building the whole
// method set cost 2% of all the time at 1M lines: printers ask of
// pointer types made afresh at each question, so no cache by type held.
func method(t types.Type, pkg *types.Package, name string) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(t, false, pkg, name)
	fn, _ := obj.(*types.Func)
	return fn
}

// rendersLike checks that fn has the shape of the rendering method m, so
// that an unrelated method that happens to be called String is not taken
// for fmt.Stringer.
func rendersLike(fn *types.Func, m catalog.Method) bool {
	sig := fn.Type().(*types.Signature)
	if m.Param < 0 {
		return sig.Params().Len() == 0 && sig.Results().Len() >= 1
	}
	return sig.Params().Len() >= 1
}
