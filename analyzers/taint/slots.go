package taint

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A slot is a place that holds function values beyond one function: a
// field of a named struct type, a package-level variable, the elements
// of a map, slice or array held in one of those ("[]" appended), or a
// function's parameter (what its callers pass). Every function value
// the package stores into a slot, by a composite literal, an assignment,
// a map update or a call, is collected once; a call through a value
// loaded from a slot reaches what the slot holds, here and in the
// packages this one imports (their FuncSlotsFacts). A struct built in
// one package and called in another is resolved when the caller imports
// the builder's package, directly or not, which is the modular rule of
// facts: a store in a package that does not come before the caller is
// out of sight, but for the phivet command's completion step
// (programslots.go).

// fieldSlot names field i of the struct type t (or pointer to it); ""
// for a field of an unnamed struct.
func fieldSlot(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	n = n.Origin()
	st, ok := n.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() || n.Obj().Pkg() == nil {
		return ""
	}
	return "F " + n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + st.Field(i).Name()
}

// paramSlot names a parameter of a declared function.
func paramSlot(p *ssa.Parameter) string {
	fn := p.Parent()
	if fn == nil || fn.Parent() != nil {
		return ""
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return ""
	}
	for i, q := range fn.Params {
		if q == p {
			return paramKey(obj, i)
		}
	}
	return ""
}

func paramKey(fn *types.Func, i int) string {
	return "P " + fn.Origin().FullName() + "#" + strconv.Itoa(i)
}

// addrSlot names the slot an address points into, if any.
func addrSlot(addr ssa.Value) string {
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		return fieldSlot(a.X.Type(), a.Field)
	case *ssa.Global:
		if a.Pkg == nil {
			return ""
		}
		return "G " + a.Pkg.Pkg.Path() + "." + a.Name()
	case *ssa.IndexAddr:
		var k string
		if _, ok := a.X.Type().Underlying().(*types.Pointer); ok {
			k = addrSlot(a.X)
		} else {
			k = valueSlot(a.X)
		}
		if k != "" {
			return k + "[]"
		}
	}
	return ""
}

// valueSlot names the slot a container value was loaded from, if any.
func valueSlot(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.UnOp:
		return addrSlot(x.X)
	case *ssa.Field:
		return fieldSlot(x.X.Type(), x.Field)
	}
	return ""
}

// isFunc reports whether t is a function type.
func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// holdsFuncs reports whether t is a map, slice or array (or pointer to
// an array) of functions.
func holdsFuncs(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Map:
		return isFunc(u.Elem())
	case *types.Slice:
		return isFunc(u.Elem())
	case *types.Array:
		return isFunc(u.Elem())
	case *types.Pointer:
		if a, ok := u.Elem().Underlying().(*types.Array); ok {
			return isFunc(a.Elem())
		}
	}
	return false
}

// collectSlots records what the package's functions store into slots.
func (e *Engine) collectSlots() {
	e.slots = map[string][]funcRef{}
	var scan func(fn *ssa.Function)
	scan = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.Store:
					if k := addrSlot(x.Addr); k != "" {
						e.storeSlot(k, x.Val)
					}
				case *ssa.MapUpdate:
					if k := valueSlot(x.Map); k != "" && isFunc(x.Value.Type()) {
						e.storeSlot(k+"[]", x.Value)
					}
				case ssa.CallInstruction:
					c := x.Common()
					callee := c.StaticCallee()
					if c.IsInvoke() || callee == nil || callee.Parent() != nil {
						continue
					}
					if _, bound := c.Value.(*ssa.MakeClosure); bound {
						continue
					}
					if obj, ok := callee.Object().(*types.Func); ok {
						for i, a := range c.Args {
							// Most arguments hold no function: their
							// slot's name (the callee's full name, built
							// as a string) is not worth making.
							if t := a.Type(); isFunc(t) || holdsFuncs(t) {
								e.storeSlot(paramKey(obj, i), a)
							}
						}
					}
				}
			}
		}
		for _, anon := range fn.AnonFuncs {
			scan(anon)
		}
	}
	for _, fn := range e.roots {
		scan(fn)
	}
}

// storeSlot records the function values v can be (or, for a container,
// hold) under slot k.
func (e *Engine) storeSlot(k string, v ssa.Value) {
	t := v.Type()
	if !isFunc(t) && !holdsFuncs(t) {
		return
	}
	r := newResolver(e)
	r.foreign, r.params = true, true
	if isFunc(t) {
		r.value(v)
	} else {
		k += "[]"
		r.elems(v)
	}
	for _, ref := range r.out {
		if ref.slot == k {
			continue
		}
		if !hasRef(e.slots[k], ref) {
			e.slots[k] = append(e.slots[k], ref)
		}
	}
}

func hasRef(refs []funcRef, ref funcRef) bool {
	for _, o := range refs {
		if o.fn == ref.fn && o.bound == ref.bound && o.lit == ref.lit && o.sum == ref.sum && o.slot == ref.slot {
			return true
		}
	}
	return false
}

// expandSlots replaces each slot among refs by what it holds, here and
// in the packages imported (each slot once) and, when whole, in the rest
// of the program (see programslots.go); read lists the slots read.
func (e *Engine) expandSlots(refs []funcRef, whole bool) (out []funcRef, read []string) {
	seen := map[string]bool{}
	var add func(refs []funcRef)
	add = func(refs []funcRef) {
		for _, ref := range refs {
			if ref.slot == "" {
				if !hasRef(out, ref) {
					out = append(out, ref)
				}
				continue
			}
			if seen[ref.slot] {
				continue
			}
			seen[ref.slot] = true
			read = append(read, ref.slot)
			add(e.slotRefs(ref.slot))
			if whole {
				add(e.programSlotRefs(ref.slot))
			}
		}
	}
	add(refs)
	return out, read
}

// slotRefs is what this package and the packages it imports store
// under slot k.
func (e *Engine) slotRefs(k string) []funcRef {
	if out, ok := e.slotCache[k]; ok {
		return out
	}
	if e.slots == nil {
		e.collectSlots()
	}
	out := e.slots[k]
	if e.ImportFuncSlots == nil {
		e.slotCache[k] = out
		return out
	}
	out = append([]funcRef(nil), out...)
	for _, pkg := range e.dependencies() {
		for _, fs := range e.importedSlots(pkg)[k] {
			if ref, ok := e.fromFact(fs); ok {
				out = append(out, ref)
			}
		}
	}
	e.slotCache[k] = out
	return out
}

// importedSlots is pkg's FuncSlotsFact by slot, read once.
func (e *Engine) importedSlots(pkg *types.Package) map[string][]FuncSlot {
	if m, ok := e.slotFacts[pkg]; ok {
		return m
	}
	var m map[string][]FuncSlot
	if fact := e.ImportFuncSlots(pkg); fact != nil {
		m = make(map[string][]FuncSlot, len(fact.Slots))
		for _, sf := range fact.Slots {
			m[sf.Slot] = sf.Funcs
		}
	}
	e.slotFacts[pkg] = m
	return m
}

// dependencies lists the packages this one imports, directly or not.
func (e *Engine) dependencies() []*types.Package {
	if e.deps != nil {
		return e.deps
	}
	e.deps = []*types.Package{}
	seen := map[*types.Package]bool{e.Pkg: true}
	queue := []*types.Package{e.Pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				e.deps = append(e.deps, imp)
				queue = append(queue, imp)
			}
		}
	}
	return e.deps
}

// dependencyByPath is the package of that path among this one and the
// packages it imports, directly or not; nil if none.
func (e *Engine) dependencyByPath(path string) *types.Package {
	if e.depByPath == nil {
		e.depByPath = map[string]*types.Package{e.Pkg.Path(): e.Pkg}
		for _, p := range e.dependencies() {
			e.depByPath[p.Path()] = p
		}
	}
	return e.depByPath[path]
}

// FuncSlot is one function value a slot holds, as a fact carries it.
type FuncSlot struct {
	// Pkg, Recv and Name name a declared function or method (Recv is the
	// receiver's type name); Bound says a method value.
	Pkg, Recv, Name string
	Bound           bool
	Slot            string // whatever another slot holds
	// Lit is a function literal's summary; for an unexported function,
	// which no SummaryFact of its own carries, its summary.
	Lit *Summary
}

// FuncSlotsFact carries, per slot, the function values a package stores
// there, for the packages importing it; sorted by slot, as a fact's
// encoding must be deterministic.
type FuncSlotsFact struct {
	Slots []SlotFuncs
}

// SlotFuncs is what a package stores under one slot.
type SlotFuncs struct {
	Slot  string
	Funcs []FuncSlot
}

func (*FuncSlotsFact) AFact() {}

func (f *FuncSlotsFact) String() string { return "funcslots(" + f.describe() + ")" }

// exportSlots returns the slots this package stored into, as facts carry
// them; a literal's summary is computed here, once.
func (e *Engine) exportSlots() map[string][]FuncSlot {
	if e.slots == nil {
		e.collectSlots()
	}
	out := map[string][]FuncSlot{}
	aliased := e.aliasedParams()
	for k, refs := range e.slots {
		if strings.HasPrefix(k, "P ") && !aliased[strings.TrimSuffix(k, "[]")] {
			// What is passed to a parameter matters only where a slot
			// holds that parameter (a constructor storing its logger);
			// every callback passed to any call would otherwise be
			// summarised for the fact.
			continue
		}
		if len(refs) > maxFuncTargets+1 {
			// Over the bound wherever it is read: one more says so.
			refs = refs[:maxFuncTargets+1]
		}
		for _, ref := range refs {
			var fs FuncSlot
			switch {
			case ref.slot != "":
				fs.Slot = ref.slot
			case ref.lit != nil:
				if !e.ownsSlot(k) && !strings.HasPrefix(k, "P ") && !e.Catalog.IsErrorHook(strings.TrimPrefix(k, "F ")) {
					// A literal set into another package's field (a
					// command's Run) is called there, analysed already;
					// summarising each for importers that might load it
					// cost a fifth of the run on a service with hundreds
					// of handlers. One passed to another package's
					// parameter that a slot holds (a constructor keeping
					// its callback, a router registering a handler) is
					// summarised: that package calls it later, and only
					// the completion step, which sees the whole program,
					// can give it what it calls (programslots.go). So is
					// a framework's error handler (handlererrors.go):
					// the handlers of the packages it imports send
					// their errors through it.
					continue
				}
				fs.Lit = e.exported(e.literalSummary(ref.lit))
			case ref.sum != nil:
				// A literal another package's constructor returned,
				// by its summary (resultfuncs.go).
				fs.Lit = ref.sum
			case ref.fn != nil && ref.fn.Pkg() != nil:
				fs.Pkg, fs.Name, fs.Bound = ref.fn.Pkg().Path(), ref.fn.Name(), ref.bound
				sig := ref.fn.Type().(*types.Signature)
				if recv := sig.Recv(); recv != nil {
					fs.Recv = recvName(recv.Type())
				}
				if ref.fn.Pkg() == e.Pkg && (!ref.fn.Exported() || fs.Recv != "" && !token.IsExported(fs.Recv)) {
					if sum := e.summaryOfFunc(ref.fn); sum != nil && (ref.bound || sig.Recv() == nil) {
						fs.Lit = sum
					}
				} else if ref.fn.Pkg() != e.Pkg {
					e.noteSlotSum(k, ref.fn)
				}
			default:
				continue
			}
			out[k] = append(out[k], fs)
		}
	}
	return out
}

// ownsSlot reports whether slot k is a field, variable or parameter
// declared in this package.
func (e *Engine) ownsSlot(k string) bool {
	rest := k[2:]
	if k[0] == 'P' {
		rest = strings.TrimLeft(rest, "(*")
	}
	return strings.HasPrefix(rest, e.Pkg.Path()+".")
}

// aliasedParams lists the parameters whose values some slot holds, in
// this package or one it imports.
func (e *Engine) aliasedParams() map[string]bool {
	out := map[string]bool{}
	note := func(slot string) {
		if strings.HasPrefix(slot, "P ") {
			out[strings.TrimSuffix(slot, "[]")] = true
		}
	}
	for _, refs := range e.slots {
		for _, ref := range refs {
			note(ref.slot)
		}
	}
	if e.ImportFuncSlots == nil {
		return out
	}
	for _, pkg := range e.dependencies() {
		if fact := e.ImportFuncSlots(pkg); fact != nil {
			for _, sf := range fact.Slots {
				for _, fs := range sf.Funcs {
					note(fs.Slot)
				}
			}
		}
	}
	return out
}

// fromFact turns a fact's function value back into a reference: a
// function is looked up by name in the packages this one depends on.
func (e *Engine) fromFact(fs FuncSlot) (funcRef, bool) {
	switch {
	case fs.Slot != "":
		return funcRef{slot: fs.Slot}, true
	case fs.Lit != nil && fs.Name == "":
		return funcRef{sum: fs.Lit}, true
	case fs.Lit != nil:
		// Unexported: no fact of its own carries its summary.
		return funcRef{sum: fs.Lit, name: fs.Pkg + "." + fs.Name, bound: fs.Bound}, true
	}
	pkg := e.dependencyByPath(fs.Pkg)
	if pkg == nil {
		return funcRef{}, false
	}
	if fs.Recv == "" {
		fn, ok := pkg.Scope().Lookup(fs.Name).(*types.Func)
		return funcRef{fn: fn}, ok
	}
	tn, ok := pkg.Scope().Lookup(fs.Recv).(*types.TypeName)
	if !ok {
		return funcRef{}, false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, pkg, fs.Name)
	fn, ok := obj.(*types.Func)
	return funcRef{fn: fn, bound: fs.Bound}, ok
}
