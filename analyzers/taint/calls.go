package taint

import (
	"go/token"
	"go/types"
	"math/bits"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// callSite is a call seen the same way whether it is static, through an
// interface or to a closure: args holds the receiver first for methods.
type callSite struct {
	instr ssa.CallInstruction
	args  []ssa.Value
	fn    *types.Func   // the callee's declaration (interface method for invokes); nil if unknown
	sfn   *ssa.Function // the static callee, if any
	anon  *ssa.Function // a literal of this family called directly
	value ssa.Value     // the call's result; nil for go and defer
	entry catalog.Entry // what the catalog knows of fn
	// byDefault: a static call of a standard function with no row (see
	// carryByDefault); interface calls reach implementations instead.
	byDefault bool
	mark      *model.MarkFact
	// keyed: the callee is a keyed source, whose results are what the
	// key its argument names makes them (mark.Source), nothing else.
	keyed  bool
	result *types.Tuple
	// impls are the methods an interface call may reach, found among the
	// types of this package and its imports, and of the whole program when
	// the engine sees it (class hierarchy analysis); only for interface
	// methods the catalog says nothing of.
	impls []*types.Func
	// iface is the interface of an interface call whose implementations
	// were looked up (and not cut), for the summary's IfaceCalls.
	iface *types.Interface
	// implSource: one of impls is marked a source, so the call's results
	// are identifiable as a direct call of it makes them.
	implSource bool
	// printed are the operands of a printf-style call whose data its
	// format shows, held by argument operandsAt; nil when they cannot be
	// told apart. Worked out once, when formatDone is first set.
	printed    []ssa.Value
	operandsAt int
	formatDone bool
	// targets are what a call through a function value may call, each a
	// call site of its own (see funcTargets).
	targets []*callSite
	// targetsCut: the function value may call more functions than
	// maxFuncTargets, so targets is left empty.
	targetsCut bool
	// openSlots are the open slots the function value was read from,
	// which callers may fill out of sight (see slotcalls.go).
	openSlots []string
	// sum is, for a target that is a function literal of another family
	// or package, its summary.
	sum     *Summary
	sumName string // what sum summarises, if not a literal
	// free is, for a literal's, what its free variables can be (see
	// freeFuncs).
	free [][]funcRef
	// carried are the calls of the function values the call's arguments
	// carry (see carried.go).
	carried []*callSite
	// forwards counts the calls through function values a callee's
	// FuncCalls made this one of (funccalls.go).
	forwards int
}

func (f *family) site(instr ssa.CallInstruction) *callSite {
	if s, ok := f.sites[instr]; ok {
		return s
	}
	c := instr.Common()
	s := &callSite{instr: instr, result: c.Signature().Results()}
	if v, ok := instr.(*ssa.Call); ok {
		s.value = v
	}
	if c.IsInvoke() {
		s.fn = c.Method
		s.args = append([]ssa.Value{c.Value}, c.Args...)
	} else {
		s.args = c.Args
		if callee := c.StaticCallee(); callee != nil {
			s.sfn = callee
			if callee.Parent() != nil && f.inFamily(callee) {
				s.anon = callee
			}
			if obj, ok := callee.Object().(*types.Func); ok {
				s.fn = obj
			}
			if mc, ok := c.Value.(*ssa.MakeClosure); ok && callee.Parent() == nil {
				// A method value called where it is made: its receiver is
				// bound, and the method's first parameter.
				s.args = append(append([]ssa.Value{}, mc.Bindings...), c.Args...)
			}
		}
	}
	s.mark = noMark
	if s.fn != nil {
		known := f.e.calleeOf(s.fn)
		s.mark, s.entry = known.mark, known.entry
		s.byDefault = known.byDefault && !c.IsInvoke()
		if k := f.e.Model.Keyed(s.fn); k != nil {
			s.keyed = true
			s.mark = f.keyedMark(s, k)
		}
		// A marked interface method still dispatches: its mark adds to
		// what the implementations do (contract §3). A method the catalog
		// models is the catalog's alone.
		if c.IsInvoke() && s.entry.Empty() {
			s.impls = f.e.implementations(c.Value.Type(), c.Method)
			if it, ok := c.Value.Type().Underlying().(*types.Interface); ok && !f.e.implsCut[implKey{c.Value.Type(), c.Method.Name()}] {
				s.iface = it
			}
			for _, impl := range s.impls {
				s.implSource = s.implSource || f.e.calleeOf(impl).mark.Source.Identifiable()
			}
		}
	}
	if !c.IsInvoke() && s.sfn == nil {
		s.targets = f.funcTargets(s, c.Value)
		f.noteFuncCall(instr, c.Value, s.args)
	}
	if f.e.carries {
		s.carried = f.carriedTargets(s, c)
	}
	f.sites[instr] = s
	return s
}

func (f *family) inFamily(fn *ssa.Function) bool {
	for _, g := range f.funcs {
		if g == fn {
			return true
		}
	}
	return false
}

// setResult joins t into result i of the call.
func (f *family) setResult(s *callSite, i int, t Taint) {
	if s.value == nil {
		return
	}
	if i < 64 && f.ownAccessorResults(s)&(1<<i) != 0 {
		t.Data = t.Data.markOwn()
	}
	if s.result.Len() > 1 {
		f.setTuple(s.value, i, t)
	} else if i == 0 {
		f.setVal(s.value, t)
	}
}

// transferCall applies a call's data flow: what its results hold and
// what it writes into memory its arguments point to.
func (f *family) transferCall(instr ssa.CallInstruction) {
	c := instr.Common()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		f.transferBuiltin(instr, b)
		return
	}
	s := f.site(instr)
	f.transferSite(s)
	for _, t := range s.targets {
		f.transferSite(t)
	}
	for _, t := range s.carried {
		f.transferSite(t)
	}
	f.seedFuncResults(s)
}

// transferSite applies a call to one callee.
func (f *family) transferSite(s *callSite) {
	if s.sum != nil {
		f.applySummary(s, s.sum)
		f.transferFuncCalls(s, s.sum, nil)
		return
	}
	if s.anon != nil {
		for i, p := range s.anon.Params {
			switch {
			case i >= len(s.args):
			case f.boundArg(p, s.args[i]):
				// What the argument refers to, p refers to (paramLocs).
				f.setVal(p, f.valueOnly(s.args[i]))
			default:
				f.setVal(p, f.taintOf(s.args[i]))
			}
		}
		for i, t := range f.returned(s.anon) {
			f.setResult(s, i, t)
		}
		f.returnedFields(s)
		return
	}
	if s.fn == nil {
		return
	}
	if s.entry.Empty() {
		f.passCallbacks(s)
	}
	f.writtenByCallbacks(s)
	if s.mark.Sanitize {
		// The results identify no one; the data is kept, marked sanitized,
		// so that the data-flow map can show where it went.
		var data Set
		for _, a := range s.args {
			data, _ = data.Union(f.taintOf(a).Data)
		}
		for i := 0; i < s.result.Len(); i++ {
			if !isError(s.result.At(i).Type()) {
				f.setResult(s, i, Taint{Data: data.Sanitize()})
			}
		}
		return
	}
	if s.mark.Source.Identifiable() {
		f.sourceResults(s, s.fn, s.mark.Source)
	}
	if s.keyed {
		// The key decides: an element looked up by a tag that identifies
		// no one is clean even when the dataset holds identifiable ones.
		return
	}
	if f.readsTypeName(s) {
		// A document's type name identifies no one, whatever else the
		// document holds.
		return
	}
	if k := s.entry.Destination; k != vocab.KindNone {
		for i := 0; i < s.result.Len(); i++ {
			f.setResult(s, i, Taint{Dest: Dest{Kinds: kindBit(k)}})
		}
	}
	if w := s.entry.Wrapper; w != nil {
		var d Taint
		for i, a := range s.args {
			if w.Dest.Has(i) {
				d.Dest, _ = d.Dest.union(f.taintOf(a).Dest)
			}
		}
		f.setResult(s, 0, d)
	}
	if cp := s.entry.Copy; cp != nil && cp.Arg < len(s.args) {
		// What the copy refers to is the original's memory (see
		// computeLocs): only the original's own value is the copy's.
		f.setResult(s, 0, f.valueOnly(s.args[cp.Arg]))
	}
	if w := s.entry.Writer; w != nil && w.Dest < len(s.args) && f.taintOf(s.args[w.Dest]).Dest.Kinds == 0 {
		// A destination that is not a sink keeps what is written to it: a
		// bytes.Buffer written with fmt.Fprintf holds the data afterwards.
		// A sink's destination (a file, a response) is not data: the
		// bytes have left, and the writer passed on or printed afterwards
		// does not hold them.
		data := f.argData(s, w.Data, w.Printer)
		for _, l := range f.locs(s.args[w.Dest]) {
			f.store(loc{l.root, l.path + elemPath}, Taint{Data: data})
		}
	}
	if len(s.entry.Propagators) > 0 {
		for _, p := range s.entry.Propagators {
			f.applyPropagator(s, p)
		}
		return
	}
	if s.entry.IO {
		// An I/O call's results and error are not identifiable unless
		// declared a source (contract §3), whatever its body does with
		// what it was passed.
		return
	}
	if sum := f.e.summaryOfFunc(s.fn); sum != nil {
		f.applySummary(s, sum)
		f.transferFuncCalls(s, sum, s.fn)
	} else if s.byDefault {
		f.carryByDefault(s)
	}
	for _, impl := range s.impls {
		known := f.e.calleeOf(impl)
		if known.mark.Source.Identifiable() && !s.mark.Source.Identifiable() {
			// A call through an interface reaches every implementation
			// (contract §3): one declared a source makes the results
			// identifiable as a direct call of it does, unless the
			// interface method is declared one already.
			f.sourceResults(s, impl, known.mark.Source)
		}
		if known.entry.IO {
			continue
		}
		if sum := f.e.summaryOfFunc(impl); sum != nil {
			f.applySummary(s, sum)
			f.transferFuncCalls(s, sum, impl)
		}
	}
}

// isSource reports whether the call's results are a source's: its
// callee's, or one of the implementations' it reaches.
func (s *callSite) isSource() bool { return s.mark.Source.Identifiable() || s.implSource }

// implementations returns the methods named like m of the concrete types,
// declared in this package or a package it imports (and, when the engine
// sees the whole program, anywhere in it), that implement the interface
// type it. Test doubles are left out.
func (e *Engine) implementations(it types.Type, m *types.Func) []*types.Func {
	iface, ok := it.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	key := implKey{it, m.Name()}
	if impls, ok := e.impls[key]; ok {
		return impls
	}
	var out []*types.Func
	for _, ct := range e.concreteTypesFor(it) {
		// m is one of the interface's methods: a type whose pointer has
		// no method of that name implements it neither as itself nor
		// through the pointer. One look-up rules out nearly every type,
		// where types.Implements would look twice per type (the second
		// time ignoring case, for its error message).
		if method(ct[1], m.Pkg(), m.Name()) == nil {
			continue
		}
		for _, t := range ct {
			if !types.Implements(t, iface) {
				continue
			}
			if fn := method(t, m.Pkg(), m.Name()); fn != nil {
				out = append(out, fn)
			}
			break
		}
	}
	out = addUnseen(out, e.hiddenImplementations(iface, m))
	if len(out) <= maxImpls {
		if e.Program == nil {
			e.noteDispatch(iface, m, out)
		} else if more := addUnseen(out, e.Program.Implementations(iface, m)); len(more) <= maxImpls {
			// Past the bound over the program, the calls keep the
			// implementations in sight: the command never sees less
			// than go vet.
			out = more
		}
	}
	if len(out) > maxImpls {
		out = nil
		e.implsCut[key] = true
	}
	e.impls[key] = out
	return out
}

// concreteTypes lists the named, non-generic, non-interface types
// declared in this package and the packages it imports, each as itself
// and as a pointer to it, in scope order. It is the same for every
// interface, and listing a scope sorts its names: so it is done once.
func (e *Engine) concreteTypes() [][2]types.Type {
	if e.concrete != nil {
		return e.concrete
	}
	e.concrete = [][2]types.Type{}
	for _, scope := range e.scopesInSight() {
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if named, ok := tn.Type().(*types.Named); !ok || named.TypeParams().Len() > 0 {
				continue
			}
			if IsTestDouble(e.Catalog, tn.Type()) {
				continue
			}
			e.concrete = append(e.concrete, [2]types.Type{tn.Type(), types.NewPointer(tn.Type())})
		}
	}
	return e.concrete
}

// concreteTypesFor is concreteTypes, and, for an instance of a generic
// interface (Repository[*Case]), the generic types in the same scopes
// instantiated with its type arguments (store[*Case]): a generic
// repository implements the instance its callers hold. A generic type
// whose constraints the arguments do not satisfy is left out.
func (e *Engine) concreteTypesFor(it types.Type) [][2]types.Type {
	out := e.concreteTypes()
	named, ok := types.Unalias(it).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 {
		return out
	}
	targs := make([]types.Type, named.TypeArgs().Len())
	for i := range targs {
		targs[i] = named.TypeArgs().At(i)
	}
	for _, g := range e.genericTypes() {
		if g.TypeParams().Len() != len(targs) {
			continue
		}
		inst, err := types.Instantiate(e.typeContext, g, targs, true)
		if err != nil {
			continue
		}
		// Capped at its length, the cached list is copied, not grown.
		out = append(out[:len(out):len(out)], [2]types.Type{inst, types.NewPointer(inst)})
	}
	return out
}

// genericTypes lists the generic named types, not interfaces nor test
// doubles, declared in this package and the packages it imports.
func (e *Engine) genericTypes() []*types.Named {
	if e.generic != nil {
		return e.generic
	}
	e.generic = []*types.Named{}
	for _, scope := range e.scopesInSight() {
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() > 0 && !IsTestDouble(e.Catalog, named) {
				e.generic = append(e.generic, named)
			}
		}
	}
	return e.generic
}

// scopesInSight are the scopes of this package and the packages it
// imports, where the types an interface call may reach are declared.
func (e *Engine) scopesInSight() []*types.Scope {
	scopes := []*types.Scope{e.Pkg.Scope()}
	for _, imp := range e.Pkg.Imports() {
		scopes = append(scopes, imp.Scope())
	}
	return scopes
}

type implKey struct {
	t    types.Type
	name string
}

// passCallbacks handles literals of this family passed to a higher-order
// function (Map(ps, func(p *Patient) string { return p.Name })): the
// callee may call them with the elements of its other arguments and
// return what they return. Types decide which: a literal's parameter
// receives an argument whose element type is the parameter's, and the
// call's result receives the literal's result when it holds values of
// that type, so index callbacks (sort.Slice) stay clean. A parameter the
// catalog says receives none of the call's data (a JSON member name) gets
// none.
func (f *family) passCallbacks(s *callSite) {
	for i, a := range s.args {
		anon := f.literal(a)
		if anon == nil {
			if fn, ok := a.(*ssa.Function); ok && fn.Parent() == nil {
				f.declaredCallback(s, i, fn)
			}
			continue
		}
		for k, p := range anon.Params {
			if s.entry.CarriesNothing(i, k) {
				continue
			}
			for j, b := range s.args {
				if j != i && holdsType(b.Type(), p.Type()) {
					f.setVal(p, f.taintOf(b))
				}
			}
		}
		rets := f.returned(anon)
		res := anon.Signature.Results()
		for k := 0; k < res.Len() && k < len(rets); k++ {
			for r := 0; r < s.result.Len(); r++ {
				if rt := s.result.At(r).Type(); !isError(rt) && holdsType(rt, res.At(k).Type()) {
					f.setResult(s, r, rets[k])
					fields := map[string]Taint{}
					for key, t := range f.returnFields[anon] {
						if key.index == k {
							fields[key.path] = t
						}
					}
					f.callbackFields(s, r, res.At(k).Type(), fields)
				}
			}
		}
	}
}

// literal returns the function literal of this family that v is, if any.
func (f *family) literal(v ssa.Value) *ssa.Function {
	switch x := v.(type) {
	case *ssa.MakeClosure:
		if fn, ok := x.Fn.(*ssa.Function); ok && f.inFamily(fn) {
			return fn
		}
	case *ssa.Function:
		if x.Parent() != nil && f.inFamily(x) {
			return x
		}
	}
	return nil
}

// holdsType reports whether a value of type outer is, or holds elements
// of, type t.
func holdsType(outer, t types.Type) bool {
	for range 4 {
		if types.Identical(outer, t) {
			return true
		}
		switch u := outer.Underlying().(type) {
		case *types.Map:
			if holdsType(u.Key(), t) {
				return true
			}
		case *types.Chan:
			outer = u.Elem()
			continue
		}
		if outer = model.Elem(outer); outer == nil {
			return false
		}
	}
	return false
}

// sourceResults labels the non-error results of a call of fn, a source
// of the class given. A result of a record type already carries its
// record label; any other result is identifiable as a whole, fields
// included.
func (f *family) sourceResults(s *callSite, fn *types.Func, class vocab.Class) {
	name := fn.Name() + "()"
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		name = recvName(recv.Type()) + "." + name
	} else if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	// What a record parameter's method returns is that parameter's data
	// (p.FullName(), even when declared a source).
	recvRecord := f.e.inlinable[f.root] && receiverCount(fn) == 1 && len(s.args) > 0 &&
		f.e.Model.IsRecord(s.args[0].Type())
	accessors := f.accessorsOf(s)
	for i := 0; i < s.result.Len(); i++ {
		rt := s.result.At(i).Type()
		if isError(rt) || f.e.Model.IsRecord(rt) {
			continue
		}
		l := Label{Name: name, Pkg: pkgPath(fn.Pkg()), Class: class, Origin: &Step{Pos: f.e.callStart(s.instr), Msg: "identifiable data returned by " + name}}
		if i < len(accessors) && accessors[i] != notAccessor && bits.OnesCount64(accessors[i]) == 1 {
			// An accessor declared a source (r.JsonBytes(), returning
			// r.jsonBytes) returns what it reads of one argument: the
			// caller's own data when that argument is the request
			// being served (ownif.go).
			if j := bits.TrailingZeros64(accessors[i]); j < len(s.args) {
				f.setOwnership(&l, s.args[j])
			}
		}
		if recvRecord {
			f.noteRecvRead(s, f.e.summaryOfFunc(fn), i, Set{l})
		}
		f.setResult(s, i, Taint{Data: Set{l}})
	}
}

// recvPkg is the path of the package declaring the named type t, or
// the type t points to.
func recvPkg(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	return typePkg(t)
}

func recvName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return types.TypeString(t, nil)
}

// argData is the data the selected arguments carry, as printer renders it.
// The operands of a printf-style call count as its format shows them.
func (f *family) argData(s *callSite, sel catalog.Args, p catalog.Printer) Set {
	if p.ReadsTemplate() {
		if data, ok := f.templateData(s, sel, p); ok {
			return data
		}
	}
	operands, at, formatted := f.formatOperands(s)
	var data Set
	for i, a := range s.args {
		if !sel.Has(i) {
			continue
		}
		if formatted && i == at {
			data, _ = data.Union(f.withoutValuesCleared(s.printed, f.e.render(operands, p)))
			continue
		}
		data, _ = data.Union(f.printedArg(a, "", p))
	}
	return data
}

// render applies a printer to every label of s. Each label's part is
// written into one array reused from label to label, and the parts are
// unioned in a setBuilder, in order, as Union one after another would:
// a new array for every part and every union in between was most of
// what printing data allocated.
func (e *Engine) render(s Set, p catalog.Printer) Set {
	if len(s) == 1 {
		if out := e.emitted(s[0], p); len(out) > 0 {
			return out
		}
		return nil
	}
	b := e.setBuilder()
	var part Set
	for _, l := range s {
		part = e.emittedInto(part[:0], l, p)
		b.addTemp(part)
	}
	return b.set()
}

func (f *family) applyPropagator(s *callSite, p catalog.Propagator) {
	var data Set
	if p.Slot != nil && p.Into == catalog.Results {
		data = f.slotData(s, p)
	} else {
		data = f.argData(s, p.From, p.Printer)
	}
	if len(data) == 0 {
		return
	}
	if p.Into != catalog.Results {
		idx := int(p.Into)
		if idx < len(s.args) {
			if f.fillsRecord(s.args[idx]) {
				return
			}
			one := [1]decodedPart{{f.storedSlot(s, p.Slot), data}}
			parts := one[:]
			if split, ok := f.decodedParts(s, p, s.args[idx], data); ok {
				parts = split
			}
			for _, l := range f.locs(s.args[idx]) {
				for _, part := range parts {
					at := l.path + part.path
					if len(at) > maxPath {
						f.reachLimit("maxPath")
						at = l.path // the whole holder stands for the slot or key
					}
					f.store(loc{l.root, at}, Taint{Data: part.data})
				}
			}
		}
		return
	}
	for i := 0; i < s.result.Len(); i++ {
		rt := s.result.At(i).Type()
		isErr := isError(rt)
		switch {
		case p.OnlyError && !isErr:
			continue
		case isErr && !p.ErrorToo && !p.OnlyError:
			continue
		case p.NoNumbers && isInteger(rt):
			continue
		case p.OnlyResults != nil && !slices.Contains(p.OnlyResults, i):
			continue
		}
		if p.Field != "" {
			if root := f.resultRoot(s, i); root != nil {
				f.store(loc{root, "." + p.Field}, Taint{Data: data})
			}
			continue
		}
		f.setResult(s, i, Taint{Data: data})
	}
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func (f *family) transferBuiltin(instr ssa.CallInstruction, b *ssa.Builtin) {
	v, _ := instr.(*ssa.Call)
	args := instr.Common().Args
	switch b.Name() {
	case "append":
		defer f.unorderedReads()()
		if v == nil {
			return
		}
		if isStructSlice(v.Type()) {
			f.appendParts(v, args)
			return
		}
		var t Taint
		for _, a := range args {
			t, _ = t.union(f.taintOf(a))
		}
		f.setVal(v, t)
		for _, l := range f.locs(args[0]) {
			f.store(loc{l.root, l.path + "[]"}, t)
		}
	case "copy":
		defer f.unorderedReads()()
		t := f.taintOf(args[1])
		for _, l := range f.locs(args[0]) {
			f.store(loc{l.root, l.path + "[]"}, t)
		}
	case "min", "max", "real", "imag", "complex":
		if v == nil {
			return
		}
		var t Taint
		for _, a := range args {
			t, _ = t.union(f.valueOnly(a))
		}
		f.setVal(v, Taint{Data: t.Data})
	}
}

// appendParts applies an append of structs (or pointers to them) path by
// path, as a store of a struct is: each element field of the result, and
// of the backing array the first argument shares, holds what that field
// held in the arguments, so that reading one field of an element does not
// give what another field holds.
func (f *family) appendParts(v *ssa.Call, args []ssa.Value) {
	dsts := append([]loc{{v, ""}}, f.locs(args[0])...)
	var whole Taint
	for _, a := range args {
		w := f.structParts(a, func(path string, t Taint) {
			for _, d := range dsts {
				if len(d.path)+len(path) <= maxPath {
					f.store(loc{d.root, d.path + path}, t)
				} else {
					f.reachLimit("maxPath")
				}
			}
		})
		whole, _ = whole.union(w)
	}
	f.setVal(v, whole)
}

// argAt is what argument v holds at path below it (what a callee read as
// its parameter at that path).
//
// A call substitutes its callee's summary into its results, the fields
// of its results and what it writes through its arguments, and each of
// these asks for the same arguments at the same paths, on every pass of
// the fixed point. So answers are kept, and stand while none of the
// values and roots computeArgAt reads (argInputs) has been touched since.
func (f *family) argAt(v ssa.Value, path string) Taint {
	if isFuncResult(path) {
		return Taint{} // what a function value returns is not in its memory
	}
	if mi, ok := v.(*ssa.MakeInterface); ok && path != "" && f.boxSharesMemory(mi) {
		// A pointer boxed for an interface call is read below it as the
		// pointer is: the box's own value is all the pointer reaches,
		// which, put under path, would give every field's data to the one
		// the callee reads (a client's base address read through an
		// interface after its last request body was kept in another field).
		v = mi.X
	}
	if f.ordersArg(v) || f.emptyIn != nil && f.emptyHere(v) {
		return f.computeArgAt(v, path) // each instruction reads it as of its place
	}
	k := argKey{v, path}
	if m, ok := f.args[k]; ok && f.unchangedSince(v, path, m.at) {
		f.argDeps(v, path)
		if f.e.verifyReads {
			rec := f.recording
			f.recording = false
			u := f.computeArgAt(v, path)
			f.recording = rec
			if !sameTaint(m.t, u) {
				panic("taint: stale memoised argument " + v.Name() + path)
			}
		}
		return m.t
	}
	at := f.clock
	t := f.computeArgAtLike(v, path, f.args[k].t)
	if f.args == nil {
		f.args = make(map[argKey]argMemo)
	}
	f.args[k] = argMemo{t, at}
	return t
}

type argKey struct {
	v    ssa.Value
	path string
}

type argMemo struct {
	t  Taint
	at uint64 // f.clock when computed
}

// argInputs calls visit with what computeArgAt(v, path) reads: the value
// itself (or the pointer a struct was loaded through) and the roots of
// the memory v refers to. A free variable's own stamp covers the values
// bound to it (see valueChanged). It stops when visit returns false.
func (f *family) argInputs(v ssa.Value, path string, visit func(ssa.Value) bool) {
	if path == "" {
		if !visit(v) || !isReference(v.Type()) && !isStruct(v.Type()) {
			return
		}
	} else if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		if !visit(ld.X) {
			return
		}
	} else if !visit(v) {
		return
	}
	for _, l := range f.locs(v) {
		if !visit(l.root) {
			return
		}
	}
}

// argDeps notes for solve what computeArgAt(v, path) reads.
func (f *family) argDeps(v ssa.Value, path string) {
	if f.recording {
		f.argInputs(v, path, func(d ssa.Value) bool { f.dep(d); return true })
	}
}

// unchangedSince reports whether nothing computeArgAt(v, path) reads has
// changed since the clock stood at at.
func (f *family) unchangedSince(v ssa.Value, path string, at uint64) bool {
	if at == f.clock {
		return true
	}
	unchanged := true
	f.argInputs(v, path, func(d ssa.Value) bool {
		unchanged = f.stamps[d] <= at
		return unchanged
	})
	return unchanged
}

// computeArgAt is argAt without the memo.
func (f *family) computeArgAt(v ssa.Value, path string) Taint {
	return f.computeArgAtLike(v, path, Taint{})
}

// computeArgAtLike is computeArgAt returning old's set, not a copy, when
// the argument comes out as old, its memo before its inputs changed.
func (f *family) computeArgAtLike(v ssa.Value, path string, old Taint) Taint {
	if path == "" {
		return f.taintOf(v)
	}
	t := f.e.taintBuilder()
	if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
		// A struct loaded from memory: its fields are in memory, and its
		// value's taint is their union, too coarse here.
		t.add(Taint{Data: f.valueOnly(ld.X).Data.Whole().under(path)})
	} else {
		t.add(Taint{Data: f.valueOnly(v).Data.Whole().under(path)})
	}
	for _, l := range f.locs(v) {
		t.add(f.read(loc{l.root, l.path + path}))
	}
	return t.taintLike(old)
}
