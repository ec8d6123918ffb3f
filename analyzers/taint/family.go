package taint

import (
	"go/token"
	"go/types"
	"iter"

	"github.com/phivet/phivet/analyzers/catalog"

	"golang.org/x/tools/go/ssa"
)

// A family is a function together with the function literals nested in
// it: the contract judges a literal as part of the function enclosing it,
// so they share one state, and captured variables alias naturally.
type family struct {
	e     *Engine
	root  *ssa.Function
	funcs []*ssa.Function
	n     int // instructions

	vals     map[ssa.Value]Taint
	tuples   map[ssa.Value][]Taint
	mem      map[loc]Taint
	byRoot   map[ssa.Value][]string // paths stored under each root, for deep reads
	locCache map[ssa.Value][]loc
	// intrinsics and sites cache what intrinsic and site work out for
	// the family's values and calls.
	intrinsics map[ssa.Value]Taint
	sites      map[ssa.CallInstruction]*callSite

	// reads memoises read by location. A deep read unions what is stored
	// at every path under the root, and the same root is read at every
	// call site and on every pass of the fixed point, so recomputing it
	// dominated the analysis of large packages. A read depends only on
	// the root's memory (store) and its own value (setVal; for a free
	// variable, the values bound to it), and each of those touches the
	// root: an answer stands while the root's stamp is no later than the
	// clock it was computed at.
	reads map[loc]readMemo
	// at is the instruction whose transfer, or whose sinks, are being
	// worked out, in the order its reads and stores take (memorder.go);
	// nil where none is, or its reads are not ordered.
	at ssa.Instruction
	// emptyIn are, for a slice, the branches where it is known empty
	// (emptyslice.go).
	emptyIn map[ssa.Value][]*ssa.BasicBlock
	// ordered says that the running reads are a snapshot at f.at (a
	// load, a call's results, a sink), not reads whose data is stored
	// into other memory, which links the two (see unorderedReads).
	ordered bool
	// storeLog, locStorers and rootStorers keep what each instruction
	// stored, for reads that must leave later stores out (memorder.go);
	// unorderedRoots are the roots whose stores are no longer told
	// apart, blockReach and instrIndex what orders instructions.
	storeLog       map[storeKey]Taint
	locStorers     map[loc][]ssa.Instruction
	rootStorers    map[ssa.Value][]ssa.Instruction
	unorderedRoots map[ssa.Value]bool
	blockReach     map[*ssa.BasicBlock][]uint64
	// blockReachAvoiding is blockReach without passing through a block
	// that allocates the memory read (iteralloc.go).
	blockReachAvoiding map[[2]*ssa.BasicBlock][]uint64
	allocInPlace       map[*ssa.Alloc]bool
	instrIndex         map[ssa.Instruction]int
	clearMemo          map[clearKey]*clearsAndWrites // clears and writes of a root's fields, per function (cleared.go)
	// conds are the conditions each block of the root runs under, once
	// condsDone (see conds.go).
	conds     []branch
	condsDone bool
	edgeMemo  map[edgeKey]edgeMemo
	// args memoises argAt while its inputs stay as they are (see argAt).
	args map[argKey]argMemo
	// outs holds what each call's Outs last stored (outmemo.go).
	outs map[outKey]outApplied
	// freeUses maps a value to the free variables it is bound to, whose
	// reads depend on it (see valueOnly). A free variable is a root only
	// where locs cuts a deep chain short, but a memo must be exact there
	// too.
	freeUses map[ssa.Value][]*ssa.FreeVar

	// bindings maps a literal's free variable to the values bound to it
	// at every MakeClosure.
	bindings map[*ssa.FreeVar][]ssa.Value
	// paramArgs maps a reference parameter of a literal called where it
	// is named to the arguments of those calls (litparams.go).
	paramArgs map[*ssa.Parameter][]ssa.Value
	// closureSites maps a literal to the instructions creating it.
	closureSites map[*ssa.Function][]*ssa.MakeClosure
	// returns collects what each literal returns, for in-family calls.
	returns map[*ssa.Function][]Taint
	// returnFields holds what the fields of struct results hold.
	returnFields map[*ssa.Function]map[resultPath]Taint

	changed bool
	// clock counts changes to the state; stamps holds, for each value,
	// the clock of the last change to the state kept under it. solve
	// uses them to skip instructions whose inputs have not changed.
	clock     uint64
	stamps    map[ssa.Value]uint64
	deps      []ssa.Value // what the running transfer reads, if recording
	recording bool
	depSeen   map[ssa.Value]struct{}

	// paramOrigins holds the origins of the data read from the root's
	// parameters, when the root is judged at its calls (see ownership.go);
	// by value, as a call's source labels get a new origin at each pass.
	paramOrigins map[Step]bool
	// readFrom lists the concrete data read from a value (its type's and
	// fields' labels, a record's source methods), to be classed as
	// parameter data or not once the state is solved.
	readFrom map[ssa.Value]Set
	// readFromFields lists, apart, what a record's source methods
	// returned that their own summaries read from some fields of the
	// receiver only (see noteFieldsRead).
	readFromFields map[ssa.Value]*fieldsRead
	// funcCalls caches funcCallSites.
	funcCalls map[funcCallKey][]*callSite
	// resultFrom caches resultParams.
	resultFrom map[resultKey][]bool
	// accessors caches accessorParams.
	accessors map[*ssa.Function][]uint64

	sum   *Summary
	ownSt *ownState // the family's own and fresh values (own.go)
	// detached is set for a literal summarised on its own (see
	// literalSummary): its flows belong to its enclosing function.
	detached bool
	// rolesUnderWay are the functions wrapsCheck is judging.
	rolesUnderWay map[*ssa.Function]bool
	// flows and ignored are what the family found, judged once its
	// summary is final (see cycles.go).
	flows   []Flow
	ignored []IgnoredCheck
	// unfollowed are the calls carrying identifiable data whose callee
	// the engine cannot follow (see noteUnfollowed).
	unfollowed []Unfollowed
	guards     map[*ssa.Function]*guardInfo
	audits     map[*ssa.Function]*auditFacts
}

// loc is an abstract memory location: a root object and a field path
// below it ("", ".Name", ".Items[]").
type loc struct {
	root ssa.Value
	path string
}

func newFamily(e *Engine, root *ssa.Function) *family {
	f := &family{e: e, root: root}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		f.funcs = append(f.funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	add(root)
	n := 0
	for _, fn := range f.funcs {
		for _, b := range fn.Blocks {
			n += len(b.Instrs)
		}
	}
	// Sized from the instruction count: at 1M lines, over all families,
	// locCache ends with about 0.45 entries per instruction and vals,
	// stamps and reads with about 0.2, and growing them a doubling at a
	// time was half the engine's map cost.
	f.n = n
	var m *familyMaps
	if n <= maxPooledFamily {
		m = e.freeMaps.take()
	}
	if m != nil {
		f.vals, f.stamps, f.reads, f.locCache, f.intrinsics, f.sites = m.vals, m.stamps, m.reads, m.locCache, m.intrinsics, m.sites
		f.args, f.mem, f.byRoot = m.args, m.mem, m.byRoot
		f.storeLog, f.locStorers, f.rootStorers = m.storeLog, m.locStorers, m.rootStorers
	} else {
		f.vals = make(map[ssa.Value]Taint, n/4)
		f.stamps = make(map[ssa.Value]uint64, n/4)
		f.reads = make(map[loc]readMemo, n/4)
		f.locCache = make(map[ssa.Value][]loc, n/2)
		f.intrinsics = make(map[ssa.Value]Taint, n/8)
		f.sites = make(map[ssa.CallInstruction]*callSite, n/8)
	}
	// The other maps are made when first written: most families need
	// few of them, and there are tens of thousands of families.
	for _, fn := range f.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					f.noteLiteralCall(call)
				}
				if jump, ok := instr.(*ssa.If); ok {
					f.noteEmptyBranch(jump)
				}
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					anon := mc.Fn.(*ssa.Function)
					if f.closureSites == nil {
						f.closureSites = make(map[*ssa.Function][]*ssa.MakeClosure)
						f.bindings = make(map[*ssa.FreeVar][]ssa.Value)
						f.freeUses = make(map[ssa.Value][]*ssa.FreeVar)
					}
					f.closureSites[anon] = append(f.closureSites[anon], mc)
					for i, fv := range anon.FreeVars {
						if i < len(mc.Bindings) {
							b := mc.Bindings[i]
							f.bindings[fv] = append(f.bindings[fv], b)
							f.freeUses[b] = append(f.freeUses[b], fv)
						}
					}
				}
			}
		}
	}
	f.seedParams()
	return f
}

// seedParams gives the root's parameters their symbolic labels and
// destinations. Parameters of record or source types are recognisable
// here and get concrete labels instead (see intrinsic).
func (f *family) seedParams() {
	for i, p := range f.root.Params {
		t := Taint{}
		if f.e.baseTypeLabel(p.Type()) == nil && carriesData(p.Type()) {
			t.Data = Set{{Name: "parameter " + p.Name(), Param: i + 1}}
		}
		if i < 64 && mayWrite(p.Type()) {
			t.Dest.Params = 1 << i
		}
		f.vals[p] = t
	}
}

// carriesData reports whether a value of type t can hold identifiable
// data at all: booleans cannot.
func carriesData(t types.Type) bool {
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Info()&types.IsBoolean == 0
	}
	return true
}

// carriesDest reports whether a value of type t can be, or lead to, a
// writer: a string or a number cannot, whatever it was read from.
func carriesDest(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return !ok || b.Kind() == types.UnsafePointer
}

// readsField reports whether v reads a struct field (a load through a
// field address, or a field of a struct value).
func readsField(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Field:
		return true
	case *ssa.UnOp:
		_, ok := x.X.(*ssa.FieldAddr)
		return ok && x.Op == token.MUL
	}
	return false
}

// mayWrite reports whether a value of type t could be a writer's
// destination: a pointer, interface, function or named struct.
func mayWrite(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Struct, *types.Map, *types.Signature:
		return true
	}
	return false
}

// solve runs the transfer functions over the family to a fixed point.
// Every step only adds labels from a finite set, so it terminates; the
// iteration bound is a guard against pathological inputs, not a tuning
// knob.
//
// Each pass visits the instructions in the same order, but skips one
// when nothing it read on its last visit has changed since (see dep and
// touch): a transfer joins what it computes from what it reads, so
// repeating it on the same inputs adds nothing, and the passes go
// through exactly the states they would if every instruction ran. Most
// instructions settle in the first pass; without this, every pass, the
// last one included (which only confirms the fixed point), ran them all
// again: about two transfers per instruction, now close to one.
//
// Skipping is sound only if every read of the state is recorded. So a
// transfer never reads the state's maps (vals, tuples, mem and byRoot,
// returns) itself: it reads through the accessors that record the
// dependency as they read, valueOnly, tuple, stored, returned, read
// (memory at a location) and argAt (an argument at a path), and no call
// site records one by hand. The writers (setVal, setTuple, store,
// transferReturn) read only the entry they join into, and returnFields
// is read only once the fixed point is reached. The engine's
// verifySkips option checks this (TestShortcutsMatchFullComputation).
func (f *family) solve() {
	buf := f.e.solves.get()
	defer f.e.solves.put(buf)
	instrs := buf.instrs[:0]
	for _, fn := range f.funcs {
		for _, b := range fn.Blocks {
			instrs = append(instrs, b.Instrs...)
		}
	}
	buf.instrs = instrs
	visits := buf.visitsFor(len(instrs))
	for iter := 0; iter < maxSolvePasses; iter++ {
		f.changed = false
		for i, instr := range instrs {
			v := &visits[i]
			if v.done && !f.stale(v) {
				if f.e.verifySkips {
					before := f.clock
					f.orderAt(instr)
					f.transfer(instr)
					f.orderAt(nil)
					if f.clock != before {
						panic("taint: a skipped transfer would have changed the state: " + instr.String())
					}
				}
				continue
			}
			v.done, v.at = true, f.clock
			f.deps, f.recording = v.deps[:0], true
			f.orderAt(instr)
			f.transfer(instr)
			f.orderAt(nil)
			v.deps, f.deps, f.recording = f.compactDeps(), nil, false
		}
		if !f.changed {
			return
		}
	}
	f.reachLimit("maxSolvePasses")
}

// A visit records what an instruction's transfer read when it last ran.
type visit struct {
	done bool
	at   uint64      // f.clock when it ran
	deps []ssa.Value // the values whose state it read (see dep)
}

// familyMaps are a finished family's largest maps, kept for the next
// family to reuse: most families are small, there are tens of thousands
// of them, and making these maps was a third of the engine's allocation.
// Only a small family's maps are kept, because clearing a map costs
// what it grew to.
type familyMaps struct {
	vals       map[ssa.Value]Taint
	stamps     map[ssa.Value]uint64
	reads      map[loc]readMemo
	locCache   map[ssa.Value][]loc
	intrinsics map[ssa.Value]Taint
	sites      map[ssa.CallInstruction]*callSite
	// Made when first written, so nil in a family that never wrote
	// them; a reused family is handed them empty. Growing them again
	// in every small family was a tenth of the engine's allocation.
	args   map[argKey]argMemo
	mem    map[loc]Taint
	byRoot map[ssa.Value][]string
	// Made together (noteStore), so all nil or all made.
	storeLog    map[storeKey]Taint
	locStorers  map[loc][]ssa.Instruction
	rootStorers map[ssa.Value][]ssa.Instruction
}

// release hands the family's maps back to the engine; f must not be used
// after.
func (f *family) release() {
	if f.n > maxPooledFamily || f.e.freeMaps.len() >= maxPooledMaps {
		return
	}
	m := &familyMaps{f.vals, f.stamps, f.reads, f.locCache, f.intrinsics, f.sites,
		f.args, f.mem, f.byRoot, f.storeLog, f.locStorers, f.rootStorers}
	clear(m.vals)
	clear(m.stamps)
	clear(m.reads)
	clear(m.locCache)
	clear(m.intrinsics)
	clear(m.sites)
	clear(m.args)
	clear(m.mem)
	clear(m.byRoot)
	clear(m.storeLog)
	clear(m.locStorers)
	clear(m.rootStorers)
	f.e.freeMaps.put(m)
}

// solveBuffers are the arrays one solve works in. There is a family per
// function, tens of thousands in a large module, and making them afresh
// for each was a sixth of the engine's allocation; solves nest (a call
// analyses its callee first), so each running solve takes its own.
type solveBuffers struct {
	instrs []ssa.Instruction
	visits []visit
}

// visitsFor returns n unvisited visits, keeping each one's deps array.
func (b *solveBuffers) visitsFor(n int) []visit {
	if cap(b.visits) < n {
		b.visits = append(b.visits[:cap(b.visits)], make([]visit, n-cap(b.visits))...)
	}
	vs := b.visits[:n]
	for i := range vs {
		vs[i] = visit{deps: vs[i].deps[:0]}
	}
	return vs
}

// stale reports whether anything v's transfer read has changed since it
// ran.
func (f *family) stale(v *visit) bool {
	for _, d := range v.deps {
		if f.stamps[d] > v.at {
			return true
		}
	}
	return false
}

// dep notes that the running transfer reads the state kept under v: its
// value (vals), its tuple (tuples), the memory rooted at it (mem, byRoot)
// or, for a literal, what it returns (returns). Only the accessors call
// it (see solve).
func (f *family) dep(v ssa.Value) {
	if f.recording {
		if n := len(f.deps); n == 0 || f.deps[n-1] != v {
			f.deps = append(f.deps, v)
		}
	}
}

// tuple returns the tuple value v holds, noting the read.
func (f *family) tuple(v ssa.Value) []Taint {
	f.dep(v)
	return f.tuples[v]
}

// returned returns what literal fn (or the root) returns, noting the
// read.
func (f *family) returned(fn *ssa.Function) []Taint {
	f.dep(fn)
	return f.returns[fn]
}

// stored yields each path stored under root, in the order stored, and
// what is stored there, noting the read. A loop over it that stores
// under root sees the paths there when it began.
func (f *family) stored(root ssa.Value) iter.Seq2[string, Taint] {
	f.dep(root)
	ordered := f.ordersRead(root)
	return func(yield func(string, Taint) bool) {
		for _, p := range f.byRoot[root] {
			if !yield(p, f.memAt(loc{root, p}, ordered)) {
				return
			}
		}
	}
}

// storedAround is stored for the paths under root that lie on path's
// line: path itself, below it or above it; the others are skipped
// before their memory is looked up. A read of one field of a large
// struct would otherwise look up everything stored in its root.
func (f *family) storedAround(root ssa.Value, path string) iter.Seq2[string, Taint] {
	f.dep(root)
	ordered := f.ordersRead(root)
	return func(yield func(string, Taint) bool) {
		for _, p := range f.byRoot[root] {
			if !hasPathPrefix(p, path) && !hasPathPrefix(path, p) {
				continue
			}
			if !yield(p, f.memAt(loc{root, p}, ordered)) {
				return
			}
		}
	}
}

// touch notes a change to the state kept under v.
func (f *family) touch(v ssa.Value) {
	f.clock++
	f.stamps[v] = f.clock
}

// compactDeps drops repeated values from f.deps: a call reads the same
// roots once per path of its callee's summary.
func (f *family) compactDeps() []ssa.Value {
	ds := f.deps
	if len(ds) < 8 {
		return ds
	}
	if f.depSeen == nil {
		f.depSeen = make(map[ssa.Value]struct{})
	}
	clear(f.depSeen)
	out := ds[:0]
	for _, d := range ds {
		if _, ok := f.depSeen[d]; !ok {
			f.depSeen[d] = struct{}{}
			out = append(out, d)
		}
	}
	return out
}

// setVal joins t into the value's taint.
func (f *family) setVal(v ssa.Value, t Taint) {
	if t.empty() {
		return
	}
	if !carriesData(v.Type()) && !readsField(v) {
		// Booleans derived from data (comparisons, tests) say nothing
		// identifiable; a marked bool field read as such does.
		t.Data = nil
	}
	if !carriesDest(v.Type()) {
		t.Dest = Dest{}
	}
	old := f.vals[v]
	n, ch := old.union(t)
	if ch {
		f.vals[v] = n
		f.changed = true
		f.valueChanged(v)
	}
}

// valueChanged notes a change to v's value, for solve and for the
// memoised reads that depend on it: for v, and for the free variables bound
// to v (transitively: valueOnly follows bindings through nested
// literals), so that a read of a free variable depends on it alone.
func (f *family) valueChanged(v ssa.Value) {
	f.touch(v)
	for _, fv := range f.freeUses[v] {
		f.valueChanged(fv)
	}
}

func (f *family) setTuple(v ssa.Value, i int, t Taint) {
	tu := f.tuples[v]
	if tu == nil {
		tu = make([]Taint, v.Type().(*types.Tuple).Len())
		if f.tuples == nil {
			f.tuples = make(map[ssa.Value][]Taint)
		}
		f.tuples[v] = tu
	}
	if i >= len(tu) || t.empty() {
		return
	}
	if et := v.Type().(*types.Tuple).At(i).Type(); !carriesData(et) {
		t.Data = nil
	} else if !carriesDest(et) {
		t.Dest = Dest{}
	}
	n, ch := tu[i].union(t)
	if ch {
		tu[i] = n
		f.changed = true
		f.touch(v)
	}
}

// store joins t into the memory at l.
func (f *family) store(l loc, t Taint) {
	if t.empty() {
		return
	}
	old, ok := f.mem[l]
	n, ch := old.union(t)
	if f.noteStore(l, t) && !ch {
		// What this instruction stored grew, though the joined state
		// did not: an ordered read may see more now.
		f.changed = true
		f.touch(l.root)
	}
	if ch {
		if !ok {
			if f.byRoot == nil {
				f.byRoot = make(map[ssa.Value][]string)
			}
			f.byRoot[l.root] = append(f.byRoot[l.root], l.path)
		}
		if f.mem == nil {
			f.mem = make(map[loc]Taint)
		}
		f.mem[l] = n
		f.changed = true
		f.touch(l.root)
	}
}

// read returns what may be read at l: what was stored there or in any
// location within it (a deep read of an aggregate), and the non-record
// data stored in an enclosing location (a whole struct stored) or held
// by the root.
func (f *family) read(l loc) Taint {
	f.dep(l.root)
	if f.ordersRead(l.root) {
		return f.computeRead(l)
	}
	if m, ok := f.reads[l]; ok && m.at >= f.stamps[l.root] {
		t := m.t
		if f.e.verifyReads {
			// Not noted as reads: the check must not hide a missing dep.
			rec := f.recording
			f.recording = false
			u := f.computeRead(l)
			f.recording = rec
			if !sameTaint(t, u) {
				panic("taint: stale memoised read of " + l.root.Name() + l.path)
			}
		}
		return t
	}
	at := f.clock
	t := f.computeReadLike(l, f.reads[l].t)
	f.reads[l] = readMemo{t, at}
	return t
}

// readMemo is a memoised read and the clock it was computed at.
type readMemo struct {
	t  Taint
	at uint64
}

func sameTaint(a, b Taint) bool {
	if a.Dest != b.Dest || len(a.Data) != len(b.Data) {
		return false
	}
	for i := range a.Data {
		if !sameLabel(a.Data[i], b.Data[i]) {
			return false
		}
	}
	return true
}

// sameLabel reports whether a and b are equal, origins compared by value.
func sameLabel(a, b Label) bool {
	if a.key() != b.key() || a.typ != b.typ || (a.Origin == nil) != (b.Origin == nil) {
		return false
	}
	return a.Origin == nil || *a.Origin == *b.Origin
}

// computeRead is read without the memo, and without noting the read:
// read notes it. It looks up only the paths it takes, so it reads the
// memory directly rather than through stored.
func (f *family) computeRead(l loc) Taint { return f.computeReadLike(l, Taint{}) }

// computeReadLike is computeRead returning old's set, not a copy, when
// the read comes out as old, its memo before its inputs changed.
func (f *family) computeReadLike(l loc, old Taint) Taint {
	t := f.e.taintBuilder()
	ordered := f.ordersRead(l.root)
	for _, p := range f.byRoot[l.root] {
		switch {
		case hasPathPrefix(p, l.path):
			t.add(f.memAt(loc{l.root, p}, ordered))
		case hasPathPrefix(l.path, p):
			// A whole struct stored around l: its record label stays with
			// the whole, its plain data may be anywhere inside.
			f.addWholeUnder(&t, f.storedBelow(l.root, p, l.path[len(p):], f.memAt(loc{l.root, p}, ordered)), l.path[len(p):])
		}
	}
	rt := f.valueOnly(l.root)
	if l.path == "" {
		t.add(rt)
	} else {
		f.addWholeUnder(&t, f.belowRecord(l.root, l.path, rt), l.path)
	}
	return t.taintLike(old)
}

// addWholeUnder adds Taint{m.Data.Whole().under(suffix), m.Dest} to t.
// The moved set is only an operand, so it is built in an array the
// engine reuses: allocating it afresh was most of what reads allocated
// outside the sets they keep. Even the first set of a union is, since
// addTemp takes it into the builder's scratch storage: the union so far
// is copied out once, when done. A set that would not move (no record
// label to drop, no parameter's label to move down) is added as it is.
func (f *family) addWholeUnder(t *taintBuilder, m Taint, suffix string) {
	if suffix == "" || !m.Data.movesUnder() {
		t.add(Taint{m.Data.Whole().under(suffix), m.Dest})
		return
	}
	buf := f.e.underBuf[:0]
	for _, l := range m.Data {
		if l.Record {
			continue
		}
		if !l.Concrete() && l.Rendered == catalog.Raw {
			l.Path = joinPath(l.Path, suffix) // see Set.under
		}
		buf = append(buf, l)
	}
	t.data.addTemp(setOf(buf))
	t.dest, _ = t.dest.union(m.Dest)
	clear(buf) // hold on to no label's strings
	f.e.underBuf = buf[:0]
}

func hasPathPrefix(path, prefix string) bool {
	if len(prefix) > len(path) || path[:len(prefix)] != prefix {
		return false
	}
	return len(path) == len(prefix) || path[len(prefix)] == '.' || path[len(prefix)] == '['
}

// locs returns the memory locations a pointer-like value may refer to.
// They follow from the program's structure alone, so they are computed
// once per value: without the memo, chains of phis fan out exponentially.
func (f *family) locs(v ssa.Value) []loc {
	if f.emptyIn != nil && f.emptyHere(v) {
		return nil
	}
	return f.locsDepth(v, 0)
}

func (f *family) locsDepth(v ssa.Value, depth int) []loc {
	if ls, ok := f.locCache[v]; ok {
		if ls == nil {
			return []loc{{v, ""}} // on a cycle of phis: the value names itself
		}
		return ls
	}
	if depth > maxLocDepth {
		f.reachLimit("maxLocDepth")
		return []loc{{v, ""}} // not cached: a cut, not an answer
	}
	f.locCache[v] = nil
	ls := dedupLocs(f.computeLocs(v, depth))
	f.locCache[v] = ls
	return ls
}

func dedupLocs(ls []loc) []loc {
	if len(ls) < 2 {
		return ls
	}
	seen := make(map[loc]bool, len(ls))
	out := ls[:0:0]
	for _, l := range ls {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

func (f *family) computeLocs(v ssa.Value, depth int) []loc {
	// operand is where v's operand x refers: nowhere if v is made where
	// x is an empty slice.
	operand := func(x ssa.Value) []loc {
		if f.emptyIn != nil && f.emptyFor(x, v) {
			return []loc{} // not nil, which locCache keeps for a phi cycle
		}
		return f.locsDepth(x, depth+1)
	}
	extend := func(base ssa.Value, suffix string) []loc {
		ls := operand(base)
		out := make([]loc, 0, len(ls))
		for _, l := range ls {
			p := l.path + suffix
			if len(p) > maxPath {
				p = l.path
			}
			out = append(out, loc{l.root, p})
		}
		return out
	}
	switch x := v.(type) {
	case *ssa.FieldAddr:
		return extend(x.X, f.e.fieldPart(x.X.Type(), x.Field))
	case *ssa.IndexAddr:
		return extend(x.X, "[]")
	case *ssa.Slice, *ssa.ChangeType, *ssa.Convert, *ssa.ChangeInterface:
		return operand(f.e.stepOperand(x))
	case *ssa.MakeInterface:
		if f.boxSharesMemory(x) {
			return operand(x.X)
		}
	case *ssa.SliceToArrayPointer:
		return operand(x.X)
	case *ssa.TypeAssert:
		if !x.CommaOk {
			return operand(x.X)
		}
	case *ssa.Field:
		// A pointer (map, slice) held in a struct value refers to what
		// the struct's field refers to: name it by the struct's location
		// and the field, as a pointer loaded from memory is named, so a
		// value receiver writing through w.inner writes where its
		// caller's struct refers (sharedBelow).
		if isReference(x.Type()) {
			return extend(x.X, f.e.fieldPart(x.X.Type(), x.Field))
		}
	case *ssa.UnOp:
		if x.Op.String() == "*" {
			// A pointer loaded from memory points where the stored pointer
			// did: name that place by the location it was loaded from.
			out := extend(x.X, "")
			if isReference(x.Type()) {
				// A local whose address is taken (&values, handed to a
				// callee, or captured by a literal: cells.go) holds what
				// the function stored in it: a map parameter written
				// through it is the caller's map.
				for _, a := range f.loadedCells(x.X) {
					for _, v := range storedInCell(a) {
						out = append(out, f.locsDepth(v, depth+1)...)
					}
				}
			}
			return out
		}
	case *ssa.Call:
		// A writer wrapping another (bufio.NewWriter(w), json.NewEncoder(w))
		// writes into what it wraps.
		if out := f.wrappedLocs(x, depth); out != nil {
			return out
		}
		// A shallow copy refers to what the original does.
		if s := f.site(x); s.entry.Copy != nil && s.entry.Copy.Arg < len(s.args) {
			return f.locsDepth(s.args[s.entry.Copy.Arg], depth+1)
		}
	case *ssa.Extract:
		// So does one returned with an error (flate.NewWriter, a
		// multipart form's CreateFormFile): the wrapper is the first result.
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			if out := f.wrappedLocs(c, depth); out != nil {
				return out
			}
		}
	case *ssa.Phi:
		var out []loc
		for _, e := range x.Edges {
			if e == x {
				continue
			}
			out = append(out, f.locsDepth(e, depth+1)...)
		}
		return out
	case *ssa.Parameter:
		if out := f.paramLocs(x, depth); out != nil {
			return out
		}
	case *ssa.FreeVar:
		var out []loc
		for _, b := range f.bindings[x] {
			out = append(out, f.locsDepth(b, depth+1)...)
		}
		if out != nil {
			return out
		}
	}
	return []loc{{v, ""}}
}

// wrappedLocs returns the locations of what the wrapper call c wraps, or
// nil when c is not a wrapper's.
func (f *family) wrappedLocs(c *ssa.Call, depth int) []loc {
	s := f.site(c)
	if s.entry.Wrapper == nil {
		return nil
	}
	var out []loc
	for i, a := range s.args {
		if s.entry.Wrapper.Dest.Has(i) {
			out = append(out, f.locsDepth(a, depth+1)...)
		}
	}
	return out
}

func fieldName(ptr types.Type, i int) string {
	t := ptr.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	if st, ok := t.(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}

// valueOnly is what is known of v itself, without memory reached through
// it: its computed taint plus the labels its type and declaration give.
func (f *family) valueOnly(v ssa.Value) Taint {
	if f.emptyIn != nil && f.emptyHere(v) {
		return Taint{Dest: f.vals[v].Dest}
	}
	f.dep(v)
	t := f.vals[v]
	if fv, ok := v.(*ssa.FreeVar); ok {
		for _, b := range f.bindings[fv] {
			t, _ = t.union(f.valueOnly(b))
		}
	}
	t, _ = t.union(f.intrinsic(v))
	return t
}

// boxSharesMemory reports whether the interface value x shares the memory
// of what it boxes: a boxed value is a copy; a boxed pointer shares its
// memory unless the type renders itself (then boxTaint already says what
// shows).
func (f *family) boxSharesMemory(x *ssa.MakeInterface) bool {
	t := x.X.Type()
	return isReference(t) && !(f.e.typeLabel(t, 0, "") != nil && f.e.hasRenderingMethod(t))
}

// taintOf is everything a value may carry: itself and, for pointers,
// slices, maps and interfaces, what is reachable through it.
func (f *family) taintOf(v ssa.Value) Taint {
	t := f.valueOnly(v)
	if !isReference(v.Type()) && !isStruct(v.Type()) {
		return t
	}
	if x, ok := v.(*ssa.MakeInterface); ok && isReference(x.X.Type()) && f.typedLabel(x.X) != nil {
		// A boxed pointer to a record shares the record's memory, but
		// shows it as the record does: what its marked fields hold is
		// what the record's label stands for, which each printer
		// expands by its own rules (json:"-", MarshalJSON).
		u, _ := t.union(f.boxTaint(x.X))
		return u
	}
	b := f.e.taintBuilder()
	b.add(t)
	for _, l := range f.locs(v) {
		b.add(f.read(l))
	}
	return b.taint()
}

// isReference reports whether values of t refer to memory the analysis
// tracks as locations.
func isReference(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Interface:
		return true
	}
	return false
}
