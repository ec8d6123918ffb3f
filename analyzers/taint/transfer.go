package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// transfer applies one instruction's effect on the state.
func (f *family) transfer(instr ssa.Instruction) {
	switch x := instr.(type) {
	case *ssa.Phi:
		for i, e := range x.Edges {
			f.setVal(x, f.edgeValue(x, i, f.valueOnly(e)))
		}
	case *ssa.UnOp:
		switch x.Op {
		case token.MUL: // load
			t := f.valueOnly(x.X)
			for _, l := range f.locs(x.X) {
				t, _ = t.union(f.read(l))
			}
			t.Data, _ = t.Data.Union(f.baseData(x.X))
			f.setVal(x, t)
		case token.ARROW: // receive
			if x.CommaOk {
				f.setTuple(x, 0, f.loadElem(x.X, elemPath, tupleAt(x, 0), extracts(x, 0)))
			} else {
				f.setVal(x, f.loadElem(x.X, elemPath, x.Type(), []ssa.Value{x}))
			}
		case token.NOT:
		default:
			f.setVal(x, f.valueOnly(x.X))
		}
	case *ssa.BinOp:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			// Comparisons give booleans, which carry no data.
		default:
			t := f.valueOnly(x.X)
			t, _ = t.union(f.valueOnly(x.Y))
			f.setVal(x, Taint{Data: t.Data})
		}
	case *ssa.ChangeType:
		f.setVal(x, f.convertTaint(x.X, x.Type()))
	case *ssa.Convert:
		f.setVal(x, f.convertTaint(x.X, x.Type()))
	case *ssa.MultiConvert:
		f.setVal(x, f.convertTaint(x.X, x.Type()))
	case *ssa.ChangeInterface:
		f.setVal(x, f.valueOnly(x.X))
	case *ssa.SliceToArrayPointer:
		f.setVal(x, f.valueOnly(x.X))
	case *ssa.Slice:
		// A substring is part of the string (a postcode's outward code,
		// a parser's rest of input): a string is a value, not memory the
		// engine tracks, so its data passes here. Slices of slices and
		// arrays share their operand's memory and are read through it.
		if isString(x.X.Type()) {
			f.setVal(x, f.valueOnly(x.X))
		}
	case *ssa.MakeInterface:
		t := f.boxTaint(x.X)
		t.Data, _ = t.Data.Union(f.stringerData(x.X))
		f.setVal(x, t)
	case *ssa.TypeAssert:
		t := f.valueOnly(x.X)
		t.Data = f.e.assertedData(t.Data, x.AssertedType)
		if x.CommaOk {
			f.setTuple(x, 0, t)
		} else {
			f.setVal(x, t)
		}
	case *ssa.Extract:
		if tu := f.tuple(x.Tuple); x.Index < len(tu) {
			f.setVal(x, tu[x.Index])
		}
	case *ssa.Field:
		// Read just that field of the struct: from memory for a struct
		// loaded from it, from the value's own fields for one returned by
		// a call.
		suffix := f.e.fieldPart(x.X.Type(), x.Field)
		var t Taint
		for _, l := range f.locs(x.X) {
			t, _ = t.union(f.read(loc{l.root, l.path + suffix}))
		}
		if ld, ok := x.X.(*ssa.UnOp); ok && ld.Op == token.MUL && !f.e.fieldRuleOf(x.X.Type(), x.Field).clean {
			t.Data, _ = t.Data.Union(f.passedDown(ld.X, f.valueOnly(ld.X).Data).under(suffix))
		}
		f.setVal(x, t)
	case *ssa.Index:
		f.setVal(x, f.valueOnly(x.X))
	case *ssa.Lookup:
		path := elemPath
		if isMap(x.X) {
			path = valuePath(x.X, x.Index)
		}
		if x.CommaOk {
			f.setTuple(x, 0, f.loadElem(x.X, path, tupleAt(x, 0), extracts(x, 0)))
		} else {
			f.setVal(x, f.loadElem(x.X, path, x.Type(), []ssa.Value{x}))
		}
	case *ssa.Next:
		coll := x.Iter.(*ssa.Range).X
		key := elemPath
		if isMap(coll) {
			key = keyPath
		}
		f.setTuple(x, 1, f.loadElem(coll, key, tupleAt(x, 1), extracts(x, 1)))
		f.setTuple(x, 2, f.loadElem(coll, elemPath, tupleAt(x, 2), extracts(x, 2)))
	case *ssa.Store:
		defer f.unorderedReads()()
		// A struct, or a pointer to one (a result slot a deferred call
		// makes the function return through, a field holding a pointer),
		// is stored field by field, so that what is read back through it
		// keeps each field's own data.
		if isStruct(x.Val.Type()) || isStructPointer(x.Val.Type()) {
			for _, dst := range f.locs(x.Addr) {
				f.copyStruct(dst, x.Val)
			}
			return
		}
		// So is a slice of structs or of pointers to them (a local a
		// closure captures): its elements' fields keep their own data
		// instead of each holding what any element's field holds.
		if isStructSlice(x.Val.Type()) {
			own := f.valueOnly(x.Val)
			for _, dst := range f.locs(x.Addr) {
				f.copyStruct(dst, x.Val)
				f.store(dst, own)
			}
			return
		}
		var t Taint
		if f.cellFollowed(x) {
			// A load from the cell points where x.Val does (computeLocs),
			// so reads through it find that memory, path by path. Stored
			// whole as well, what one method wrote into one field of a
			// service the literals capture as its interface would be read
			// back from every other field by the next call through it.
			t = f.valueOnly(x.Val)
		} else {
			t = f.taintOf(x.Val)
		}
		for _, l := range f.locs(x.Addr) {
			f.store(l, t)
		}
	case *ssa.MapUpdate:
		defer f.unorderedReads()()
		f.storeElem(x.Map, keyPath, x.Key)
		f.storeElem(x.Map, valuePath(x.Map, x.Key), x.Value)
	case *ssa.Send:
		defer f.unorderedReads()()
		f.storeElem(x.Chan, elemPath, x.X)
	case *ssa.Return:
		f.transferReturn(x)
	case ssa.CallInstruction:
		f.transferCall(x)
	}
}

// boxTaint is the taint of v put into an interface. From here on only
// printing can reveal it. A value of a record or source type speaks
// through its type's label, which each printer expands by its own rules
// (a String or MarshalJSON method, json:"-"); data held in its marked
// fields is what that label stands for, so only data in unmarked fields
// is kept beside it — and none when the type renders itself, since then
// the method decides what shows.
func (f *family) boxTaint(v ssa.Value) Taint { return f.shownBoxed(v, nil) }

// shownBoxed is boxTaint as a printer that leaves some fields out shows
// v: hidden says, of a path below v, whether the printer skips it (a
// field tagged json:"-" or unexported, or a field of one), and what is
// stored there is left out; nil hides nothing.
func (f *family) shownBoxed(v ssa.Value, hidden func(path string) bool) Taint {
	tl := f.typedLabel(v)
	if tl == nil && hidden == nil {
		return f.taintOf(v)
	}
	out := Taint{Dest: f.taintOf(v).Dest}
	var marked map[string]bool
	if tl != nil {
		out.Data = Set{*tl}
		if f.e.hasRenderingMethod(v.Type()) {
			return out
		}
		marked = f.e.markedFields(v.Type())
	}
	keep := func(t Taint) {
		for _, l := range t.Data {
			if tl != nil && l.typ == nil && l.Concrete() && (l.Record || l.Name == tl.Name) {
				continue // the typed label above stands for it
			}
			out.Data = out.Data.Add(l)
		}
	}
	own := v
	// loaded is a parameter's data loaded here: the caller's at the
	// loaded place, path and all. json.Marshal(c.ev) prints the caller's
	// c.ev, not all of c, whose printer would hide an unexported ev: the
	// parameter's whole label then adds nothing.
	var loaded Set
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		own = ld.X
		if f.loadsParamMemory(v) {
			loaded = f.valueOnly(v).Data.Symbolic()
			keep(Taint{Data: loaded})
		}
	}
	whole := func(t Taint) Taint {
		if len(loaded) > 0 {
			t.Data = t.Data.Concrete()
		}
		return t
	}
	keep(whole(f.valueOnly(own)))
	for _, l := range f.locs(v) {
		for p, m := range f.storedAround(l.root, l.path) {
			switch {
			case hasPathPrefix(p, l.path):
				below := p[len(l.path):]
				if hidden != nil && hidden(below) {
					continue
				}
				// The request's own record stands for what it was sent
				// with, not for what the code stored in it since.
				if tl == nil || tl.Own || !marked[topField(below)] {
					keep(m)
				}
			case hasPathPrefix(l.path, p):
				// A whole stored above: a parameter's part here is what
				// the caller has at that path.
				keep(whole(Taint{Data: m.Data.Whole()}))
			}
		}
		if l.root != own {
			keep(whole(Taint{Data: f.valueOnly(l.root).Data.Whole()}))
		}
	}
	return out
}

// loadsParamMemory reports whether v is loaded from below a parameter
// only (c.ev of a receiver c): what it holds there is the caller's, at
// that path. A local a struct was copied into holds the whole of what
// was stored, hidden fields included, and is shown through its memory.
func (f *family) loadsParamMemory(v ssa.Value) bool {
	ls := f.locs(v)
	for _, l := range ls {
		if l.path == "" {
			return false
		}
		switch r := l.root.(type) {
		case *ssa.Parameter:
		case *ssa.Alloc:
			if !spilledParam(r) {
				return false
			}
		default:
			return false
		}
	}
	return len(ls) > 0
}

// spilledParam reports whether a is the local a struct parameter passed
// by value is copied into on entry (c.ev of a value receiver c is read
// through it): its one store of a whole value stores the parameter, so
// it holds the caller's value (and what is stored into its fields).
func spilledParam(a *ssa.Alloc) bool {
	_, ok := onlyStored(a).(*ssa.Parameter)
	return ok
}

// topField is the first field name of a path below a record or a
// collection of records: ".Name" and "[].Name" give "Name".
func topField(path string) string {
	for strings.HasPrefix(path, "[]") {
		path = path[2:]
	}
	if !strings.HasPrefix(path, ".") {
		return ""
	}
	path = path[1:]
	if i := strings.IndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return path
}

// markedFields names the identifiable marked fields of the struct that t
// is, or points to or holds.
func (e *Engine) markedFields(t types.Type) map[string]bool {
	for range 8 {
		if _, ok := t.Underlying().(*types.Struct); ok {
			break
		}
		if t = model.Elem(t); t == nil {
			return nil
		}
	}
	named, _ := types.Unalias(t).(*types.Named)
	st := t.Underlying().(*types.Struct)
	out := map[string]bool{}
	for i := 0; i < st.NumFields(); i++ {
		if e.Model.FieldClass(named, st, i).Identifiable() {
			out[st.Field(i).Name()] = true
		}
	}
	return out
}

// copyStruct copies struct value v into dst field by field (*dst = *src,
// which SSA emits for struct literals, range variables and assignments,
// and a struct returned by a call), so that each field keeps its own data.
func (f *family) copyStruct(dst loc, v ssa.Value) {
	whole := f.structParts(v, func(path string, t Taint) {
		if len(dst.path)+len(path) > maxPath {
			path = "" // past the bound the whole stands for its parts
		}
		f.store(loc{dst.root, cutRecursion(dst.path + path)}, t)
	})
	f.store(dst, whole)
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

func isStructSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	return ok && (isStruct(s.Elem()) || isStructPointer(s.Elem()))
}

func isStructPointer(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	return ok && isStruct(p.Elem())
}

// convertTaint is the taint of a conversion's result. Converting a value
// of a source type to another type (string(nhs)) keeps the data but loses
// the type's printing methods: the label becomes plain.
func (f *family) convertTaint(v ssa.Value, to types.Type) Taint {
	t := f.valueOnly(v)
	if isReference(v.Type()) {
		t = f.taintOf(v)
	}
	out := Taint{Dest: t.Dest}
	for _, l := range t.Data {
		if l.typ != nil && !l.Record && !types.Identical(l.typ, to) || l.TypeLost && !l.Record {
			l.typ, l.TypeLost = nil, false
		}
		out.Data = out.Data.Add(l)
	}
	return out
}

func (f *family) transferReturn(r *ssa.Return) {
	fn := r.Parent()
	rs := f.returns[fn]
	if rs == nil {
		rs = make([]Taint, len(r.Results))
		if f.returns == nil {
			f.returns = make(map[*ssa.Function][]Taint)
		}
		f.returns[fn] = rs
	}
	for i, v := range r.Results {
		var t Taint
		if mi, ok := v.(*ssa.MakeInterface); ok && isStructPointer(mi.X.Type()) && !f.e.hasRenderingMethod(mi.X.Type()) {
			// A pointer to a struct returned as an interface (a tree's
			// node copying itself through its Token interface) keeps its
			// fields apart as the pointer itself would: a caller asserting
			// it back reads them through the same memory. Not one that
			// renders itself (an error, a Stringer): printed, its method
			// speaks for it, as for any boxed value.
			t = f.structParts(mi.X, func(path string, m Taint) { f.addReturnField(fn, i, path, m) })
		} else if isStruct(v.Type()) || isStructPointer(v.Type()) || isStructSlice(v.Type()) || isMap(v) {
			// A struct keeps its fields apart: the value's own data here,
			// each field's in returnFields. So does the struct a returned
			// pointer points to (return &Row{...}): the caller reads its
			// fields through the pointer; and each element's of a returned
			// slice of structs or of pointers to them (a batch of job
			// parameters), so that reading one field of the elements does
			// not give what any field of them holds. A map keeps what each
			// constant key holds apart (a change set read back by key).
			t = f.structParts(v, func(path string, m Taint) { f.addReturnField(fn, i, path, m) })
		} else {
			t = f.taintOf(v)
		}
		n, ch := rs[i].union(t)
		if ch {
			rs[i] = n
			f.touch(fn)
			// Only calls to a literal within the family read what it
			// returns; the root's results are read once, at the end.
			f.changed = f.changed || fn != f.root
		}
	}
}

type resultPath struct {
	index int
	path  string
}

func (f *family) addReturnField(fn *ssa.Function, i int, path string, t Taint) {
	if t.empty() {
		return
	}
	m := f.returnFields[fn]
	if m == nil {
		m = map[resultPath]Taint{}
		if f.returnFields == nil {
			f.returnFields = make(map[*ssa.Function]map[resultPath]Taint)
		}
		f.returnFields[fn] = m
	}
	k := resultPath{i, path}
	if n, ch := m[k].union(t); ch {
		m[k] = n
		if fn != f.root {
			// A literal's calls in the family read its fields (see
			// returnedFields); the root's are read once, at the end.
			f.touch(fn)
			f.changed = true
		}
	}
}

// returnedFields stores what a function literal of the family returns in
// a struct's fields (addReturnField) at its call's result: the struct a
// local helper builds, mk := func(s string) Box { return Box{Text: s} },
// holds in its fields what the literal put there.
func (f *family) returnedFields(s *callSite) {
	f.dep(s.anon)
	for k, t := range f.returnFields[s.anon] {
		if root := f.resultRoot(s, k.index); root != nil {
			f.store(loc{root, k.path}, t)
		}
	}
}

// structParts splits what struct value v holds: field calls back with
// each path below v and what is stored there; the result is what v holds
// as a whole (its type's label, data stored over the whole struct).
func (f *family) structParts(v ssa.Value, field func(path string, t Taint)) Taint {
	var whole Taint
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		whole = f.valueOnly(ld.X) // the pointer's own labels, not the union of the fields
	}
	whole, _ = whole.union(f.intrinsic(v))
	for _, l := range f.locs(v) {
		for p, m := range f.storedAround(l.root, l.path) {
			switch {
			case p != l.path && hasPathPrefix(p, l.path):
				field(p[len(l.path):], m)
			case hasPathPrefix(l.path, p):
				whole, _ = whole.union(Taint{Data: m.Data.Whole().under(l.path[len(p):]), Dest: m.Dest})
			}
		}
		rt := f.valueOnly(l.root)
		if l.path != "" {
			rt = Taint{Data: rt.Data.Whole().under(l.path), Dest: rt.Dest}
		}
		whole, _ = whole.union(rt)
	}
	return whole
}

// intrinsic is what a value's type or declaration says about it,
// whatever flowed into it.
func (f *family) intrinsic(v ssa.Value) Taint {
	if t, ok := f.intrinsics[v]; ok {
		return t
	}
	t := f.e.computeIntrinsic(f, v)
	if t.empty() && !fieldOrGlobal(v) {
		// Most values have nothing intrinsic, and finding that again
		// costs a lookup by type or two, like the cache; keeping them
		// made this cache, when it was the engine's, its largest map (4%
		// of all allocation at 100k lines), and per family it saved
		// nothing measurable. Fields and globals recurse, so they are
		// kept.
		return t
	}
	if f.e.inlinable[f.root] && len(t.Data) > 0 {
		f.noteReadFrom(v, t.Data)
	}
	f.intrinsics[v] = t
	return t
}

// computeIntrinsic works out what intrinsic caches. A value is only
// asked about in its own family, so the cache is the family's, sized
// and reused with its other maps.
func (e *Engine) computeIntrinsic(f *family, v ssa.Value) Taint {
	var t Taint
	if l := f.typedLabel(v); l != nil {
		t.Data = Set{*l}
	}
	if k := e.typeDest(v.Type()); k != vocab.KindNone && !e.isDestinationVar(v) {
		t.Dest.Kinds |= kindBit(k)
	}
	switch x := v.(type) {
	case *ssa.Global:
		if obj, ok := x.Object().(*types.Var); ok {
			if c := e.Model.Mark(obj).Source; c.Identifiable() {
				t.Data = t.Data.Add(Label{Name: obj.Pkg().Name() + "." + obj.Name(), Pkg: obj.Pkg().Path(), Class: c,
					Origin: &Step{Pos: x.Pos(), Msg: "source variable " + obj.Name()}})
			}
			if k := e.Catalog.VarDestination(obj.Pkg().Path() + "." + obj.Name()); k != vocab.KindNone {
				t.Dest.Kinds |= kindBit(k)
			}
		}
	case *ssa.FieldAddr:
		// A marked column below an association no ORM load fills is
		// empty (ormparts.go).
		if l := e.fieldLabel(x.X.Type(), x.Field, x.Pos()); l != nil && !f.unloadedPart(x) {
			f.setOwnership(l, x.X)
			t.Data = t.Data.Add(*l)
		}
		// A field of a value of a source type is identifiable too
		// (d.Name.Family, where Name is a HumanName), and one read below
		// a marked field (see markedpaths.go).
		if !e.fieldRuleOf(x.X.Type(), x.Field).clean {
			t.Data, _ = t.Data.Union(f.passedDown(x.X, f.intrinsic(x.X).Data))
		}
	case *ssa.Field:
		if l := e.fieldLabel(x.X.Type(), x.Field, x.Pos()); l != nil {
			f.setOwnership(l, x.X)
			t.Data = t.Data.Add(*l)
		}
		if !e.fieldRuleOf(x.X.Type(), x.Field).clean {
			t.Data, _ = t.Data.Union(f.passedDown(x.X, f.intrinsic(x.X).Data))
		}
	case *ssa.IndexAddr:
		// An element of a marked collection field is identifiable too
		// (p.Names[0], and each element a range over the field gives):
		// the mark is on the field, and nothing was stored at the
		// element's own location.
		fld, cut := collectionField(x.X)
		if fld != nil {
			t.Data, _ = t.Data.Union(f.intrinsic(fld).Data.Whole())
		} else if cut {
			f.reachLimit("maxReslices")
		}
	}
	return t
}

// collectionField returns the field read that the slice or array address v
// comes from (a load of a field, the field's address for an array, or a
// reslice of either), or nil; cut says maxReslices stopped the walk.
func collectionField(v ssa.Value) (fld ssa.Value, cut bool) {
	for range maxReslices {
		switch x := v.(type) {
		case *ssa.Field, *ssa.FieldAddr:
			return x, false
		case *ssa.UnOp:
			if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
				return fa, false
			}
			return nil, false
		case *ssa.Slice:
			v = x.X
		default:
			return nil, false
		}
	}
	switch x := v.(type) {
	case *ssa.Slice, *ssa.Field, *ssa.FieldAddr:
		return nil, true // the walk would have gone on, or found the field
	case *ssa.UnOp:
		_, fa := x.X.(*ssa.FieldAddr)
		return nil, fa && x.Op == token.MUL
	}
	return nil, false
}

// isDestinationVar reports whether v is read from a variable the catalog
// names as a destination (os.Stdout is an *os.File, but a log, not an
// export).
func (e *Engine) isDestinationVar(v ssa.Value) bool {
	ld, ok := v.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	g, ok := ld.X.(*ssa.Global)
	if !ok || g.Pkg == nil {
		return false
	}
	return e.Catalog.VarDestination(g.Pkg.Pkg.Path()+"."+g.Name()) != vocab.KindNone
}

func fieldOrGlobal(v ssa.Value) bool {
	switch v.(type) {
	case *ssa.Global, *ssa.FieldAddr, *ssa.Field:
		return true
	}
	return false
}

// fieldLabel returns the label of field i of the struct (or pointer to
// struct) type t when the field is marked identifiable.
func (e *Engine) fieldLabel(t types.Type, i int, pos token.Pos) *Label {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := types.Unalias(t).(*types.Named)
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	class := e.Model.FieldClass(named, st, i)
	if !class.Identifiable() {
		return nil
	}
	owner, pkg := e.ownerName(named)
	name := owner + "." + st.Field(i).Name()
	return &Label{Name: name, Pkg: pkg, Class: class, Origin: &Step{Pos: pos, Msg: name + " read here"}}
}

// ownerName is how a label names the struct type that holds a field, and
// the type's package path: the record, not a re-typed copy of it (see
// model.DeclaringType); "struct" for an anonymous one.
func (e *Engine) ownerName(named *types.Named) (owner, pkg string) {
	if named == nil {
		return "struct", ""
	}
	decl := e.Model.DeclaringType(named)
	return decl.Obj().Name(), pkgPath(decl.Obj().Pkg())
}

// typedLabel is the label v carries because of its type: marked Own when
// v holds only the request being served, none when v is an empty literal
// (nothing identifiable was put into it).
func (f *family) typedLabel(v ssa.Value) *Label {
	l := f.e.typeLabel(v.Type(), v.Pos(), "")
	if l == nil || isConst(v) {
		// A constant (a zero Patient{}, a nil *Patient) holds nothing.
		return nil
	}
	if f.ownVal(v) {
		l.Own = true
		return l
	}
	if f.empty(v) || f.unloadedPart(v) {
		return nil
	}
	if f.sanitizedOnly(v) {
		l.Sanitized = true // a literal holding only a pseudonym
	}
	l.OwnIf = f.ownIfOf(v)
	l.Loads = f.loadsOf(v, l)
	return l
}

// typeLabel returns the label a value of type t carries because of its
// type (a record, a source type, or a collection or pointer of those),
// with its origin at pos, or nil.
func (e *Engine) typeLabel(t types.Type, pos token.Pos, what string) *Label {
	base := e.baseTypeLabel(t)
	if base == nil {
		return nil
	}
	l := *base
	l.typ = t
	msg := l.Name + " here"
	if what != "" {
		msg = what + " is a " + l.Name
	}
	l.Origin = &Step{Pos: pos, Msg: msg}
	return &l
}

// baseTypeLabel returns the label of values of type t, shared (callers
// must not modify it) and without an origin or type, or nil if they are
// not identifiable. It is asked of nearly every value, so it does not
// allocate.
func (e *Engine) baseTypeLabel(t types.Type) *Label {
	switch t.(type) {
	case *types.Named, *types.Alias, *types.Basic:
	default:
		// Composite types are mostly new values at each occurrence (SSA
		// makes a new pointer type for each address it takes), so a
		// cache by type only grows; their element is cached below.
		return e.elemLabelOf(t)
	}
	return cached(e.typeLabels, t, e.elemLabelOf)
}

// elemLabelOf returns the label of the record or source type that
// values of type t hold (a []*Patient holds Patients), shared.
func (e *Engine) elemLabelOf(t types.Type) *Label {
	elem := t
	for range 8 {
		if m, ok := types.Unalias(elem).(*types.Map); ok && (e.Model.IsRecord(m.Key()) || e.Model.TypeClass(m.Key()) != vocab.ClassUnset) {
			elem = m.Key()
			continue
		}
		if e.Model.TypeClass(elem) != vocab.ClassUnset {
			break // a named slice or map type may itself be a source type
		}
		next := model.Elem(elem)
		if next == nil {
			break
		}
		elem = next
	}
	// Composite types ([]*Patient) are new types.Type values at each
	// occurrence; the element they reach is a named type, the same
	// pointer everywhere.
	return cached(e.elemLabels, elem, e.elemLabel)
}

// cached returns m[k], computed by compute and kept on the first ask.
// The method value passed as compute does not escape, so a cache hit
// allocates nothing.
func cached[K comparable, V any](m map[K]V, k K, compute func(K) V) V {
	v, ok := m[k]
	if !ok {
		v = compute(k)
		m[k] = v
	}
	return v
}

// elemLabel is the label of a record or source type's values, without
// the type they were seen with.
func (e *Engine) elemLabel(elem types.Type) *Label {
	if c := e.Model.TypeClass(elem); c != vocab.ClassUnset {
		return &Label{Name: typeName(elem), Pkg: typePkg(elem), Class: c}
	}
	if e.Model.IsRecord(elem) {
		return &Label{Name: typeName(elem), Pkg: typePkg(elem), Class: e.recordClasses(elem), Record: true}
	}
	return nil
}

// typePkg is the path of the package declaring the named type t, or "".
func typePkg(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return pkgPath(n.Obj().Pkg())
	}
	return ""
}

// pkgPath is p's path, or "" for no package (the universe's types).
func pkgPath(p *types.Package) string {
	if p == nil {
		return ""
	}
	return p.Path()
}

// typeName is t as messages show it, without package qualifiers.
func typeName(t types.Type) string {
	return types.TypeString(t, func(*types.Package) string { return "" })
}

// typeDest is the destination kind every value of type t has.
func (e *Engine) typeDest(t types.Type) vocab.Kind {
	key, ok := destKeyOf(t)
	if !ok {
		return vocab.KindNone
	}
	if k, ok := e.typeDests[key]; ok {
		return k
	}
	k := e.Catalog.TypeDestination(types.TypeString(t, nil))
	e.typeDests[key] = k
	return k
}

// A destKey is a type the catalog's destination types can spell: a
// named type, or a pointer to one. The pointer is a flag, not the
// *types.Pointer, because SSA makes a new pointer type for each address
// it takes, so a cache by type missed on each and spelt it out again.
type destKey struct {
	named types.Type
	ptr   bool
}

func destKeyOf(t types.Type) (destKey, bool) {
	var k destKey
	if p, ok := t.(*types.Pointer); ok {
		t, k.ptr = p.Elem(), true
	}
	switch t.(type) {
	case *types.Named, *types.Alias:
		k.named = t
		return k, true
	}
	return k, false
}

// isString reports whether t is a string type (named or not).
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
