package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Withdrawing own and fresh roots (see own.go): a record is what the
// code put into it only while nothing writes data into it that no label
// carries.

// withdraw finds the roots whose memory may be written with data no
// label carries, among the own, fresh and parameter roots.
func (f *family) withdraw(instrs []ssa.Instruction) {
	st := f.ownSt
	candidate := func(r ssa.Value) bool {
		if st.invalid[r] {
			return false
		}
		switch r.(type) {
		case *ssa.Parameter, *ssa.Alloc, *ssa.MakeSlice, *ssa.MakeMap:
			// Parameters, for Fills; allocations, whose contents (an
			// argument list, a map literal wrapping a record) are
			// followed while they are.
			return true
		}
		return st.own[r] || f.ownVal(r)
	}
	// withdrawRoots withdraws the roots of v; passed says that what they
	// hold may be written through as well (v is handed to code that may
	// write into it), not only that they hold untracked data.
	withdrawRoots := func(v ssa.Value, passed bool) {
		if unmarkedField(f.e, v) {
			return // only that field is written: the record stays as it was
		}
		for _, l := range f.locs(v) {
			// Only a root whose pointers may be kept (a candidate, or
			// one withdrawn before) is noted as passed on.
			if passed && (st.invalid[l.root] || candidate(l.root)) {
				if st.passedOn == nil {
					st.passedOn = map[ssa.Value]bool{} // most families pass on none
				}
				st.passedOn[l.root] = true
			}
			if candidate(l.root) {
				st.invalid[l.root] = true
			}
		}
	}
	drop := func(v ssa.Value) { withdrawRoots(v, true) }
	// kept maps a root to the pointers stored in its memory: what is
	// written through those is followed only while the root is, or
	// while it only holds untracked data (an argument list given an
	// unlabelled number beside a record's pointer field) and is not
	// handed to code that may write through it.
	kept := map[ssa.Value][]ssa.Value{}
	heldOnly := func(r ssa.Value) bool { return st.invalid[r] && !st.passedOn[r] }
	// copies are the stores of values held only in fresh memory (an
	// empty slice literal, a make), and the arguments of an append so
	// held: they fill their destination only if that memory is filled,
	// or withdrawn, itself.
	var copies []freshCopy
	// give fills dst as storing val into it does.
	give := func(val, dst ssa.Value) {
		switch {
		case f.ownVal(val):
			f.fillOwn(dst)
		case f.isSanitized(val):
			f.fillSanitized(dst)
		case f.heldOnly(val):
			copies = append(copies, freshCopy{val, dst})
		default:
			f.fill(dst)
		}
		if !f.tracked(val) || f.withdrawnRecord(val) {
			withdrawRoots(dst, false)
		}
	}
	keep := func(into, ptr ssa.Value) {
		for _, l := range f.locs(into) {
			if candidate(l.root) || heldOnly(l.root) {
				kept[l.root] = append(kept[l.root], ptr)
			} else {
				drop(ptr)
			}
		}
	}
	for _, instr := range instrs {
		switch x := instr.(type) {
		case *ssa.Store:
			// A part of a loaded model no load fills gives nothing
			// (ormparts.go).
			if identifiableAddr(f.e, x.Addr) && !isConst(x.Val) && !f.unloadedPart(x.Val) {
				give(x.Val, x.Addr)
			}
			if isReference(x.Val.Type()) {
				keep(x.Addr, x.Val)
			}
		case *ssa.MapUpdate:
			if isReference(x.Value.Type()) {
				keep(x.Map, x.Value)
			}
		case *ssa.Send:
			// A value sent on a channel is handed to other code, which
			// is taken to keep it, as a callee that stores a pointer
			// (gin's c.Set) is: what the receiver may write through its
			// copy later is not followed.
		case ssa.CallInstruction:
			if st.fresh[x.Value()] && isAppend(x) {
				// The slice append returns holds what its arguments do.
				for _, a := range x.Common().Args {
					if !isConst(a) {
						give(a, x.Value())
					}
				}
				continue
			}
			f.withdrawArgs(x, drop)
		}
	}
	// A new record a call builds of what it is passed holds what a
	// literal given the same would: passed data no label carries for a
	// marked field, the record is withdrawn, as a literal given it is.
	for _, fc := range st.freshCalls {
		if !st.invalid[fc.value] && !allArgs(f.site(fc.call), inSet(fc.marked), func(a ssa.Value) bool { return isConst(a) || f.tracked(a) }) {
			st.invalid[fc.value] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for root, ptrs := range kept {
			if !st.passedOn[root] {
				continue
			}
			for _, p := range ptrs {
				n, m := len(st.invalid), len(st.passedOn)
				drop(p)
				changed = changed || len(st.invalid) != n || len(st.passedOn) != m
			}
			delete(kept, root)
		}
	}
	f.fillCopies(copies)
}

// freshCopy is a value held only in fresh memory, copied into dst (a
// store's address, an append's slice).
type freshCopy struct{ src, dst ssa.Value }

// isAppend reports whether the call is of the built-in append.
func isAppend(c ssa.CallInstruction) bool {
	b, ok := c.Common().Value.(*ssa.Builtin)
	return ok && b.Name() == "append"
}

// fillCopies fills the destinations of the stores of fresh memory whose
// memory is filled or withdrawn: with the request alone when that is all
// the source was given. Each pass fills at least one more root, or finds
// one more given something else, or ends: at most twice as many passes
// as stores.
func (f *family) fillCopies(copies []freshCopy) {
	st := f.ownSt
	for changed := true; changed; {
		changed = false
		for _, c := range copies {
			if f.rootsAre(c.src, func(r ssa.Value) bool { return !st.filled[r] }) {
				continue
			}
			n, m, k := len(st.filled), len(st.filledElse), len(st.filledPlain)
			// Memory given only the request (a wrapper's wrapper), or
			// only sanitized data, gives its copy no more.
			elsewhere := !f.rootsAre(c.src, func(r ssa.Value) bool { return !st.filledElse[r] })
			plain := !f.rootsAre(c.src, func(r ssa.Value) bool { return !st.filledPlain[r] })
			f.fillWith(c.dst, elsewhere, plain)
			changed = changed || len(st.filled) != n || len(st.filledElse) != m || len(st.filledPlain) != k
		}
	}
}

// withdrawArgs drops the roots of the arguments a call may write into
// untracked.
func (f *family) withdrawArgs(instr ssa.CallInstruction, drop func(ssa.Value)) {
	c := instr.Common()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		if b.Name() == "copy" && len(c.Args) > 0 {
			drop(c.Args[0])
		}
		return
	}
	s := f.site(instr)
	if s.anon != nil {
		return // its instructions are the family's, checked as such
	}
	var sums []*Summary
	for j, a := range s.args {
		if mi, ok := a.(*ssa.MakeInterface); ok {
			// A pointer passed as an interface (errors.As's target, a
			// decoder's destination) can be written through all the same.
			a = mi.X
		}
		if !isReference(a.Type()) || unmarkedField(f.e, a) {
			continue // a value, or only an unmarked field, is written
		}
		if f.loadKeepsEmpty(s, j, a) {
			continue // an ORM load writing nothing identifiable (orm.go)
		}
		if f.readOnlyHandle(s, j) {
			continue // a handle onto it the code only reads through (handles.go)
		}
		if !readsOnly(s, j) && f.callMayWrite(s, j, &sums) {
			f.fill(a)
		}
		if !f.callKeeps(s, j, &sums) {
			drop(a)
		}
	}
}

// readsOnly reports whether the call only reads argument j: a sink's
// data, what a writer writes.
func readsOnly(s *callSite, j int) bool {
	e := s.entry
	if s.mark.Sink != vocab.KindNone || s.mark.Sanitize ||
		e.Sink != nil && e.Sink.Data.Has(j) || e.Writer != nil && e.Writer.Data.Has(j) ||
		e.Keeps != nil && e.Keeps.Has(j) {
		return true
	}
	// The catalog's propagators say where the call puts data: an
	// argument none of them writes into is only read (json.Marshal's
	// value, fmt.Sprint's operands).
	if len(e.Propagators) == 0 || e.Writer != nil || e.Wrapper != nil {
		return false
	}
	for _, p := range e.Propagators {
		if p.Into != catalog.Results && int(p.Into) == j {
			return false
		}
	}
	return true
}

// fill notes that something identifiable may be put into the memory v
// refers to.
func (f *family) fill(v ssa.Value) { f.fillWith(v, true, true) }

// fillOwn notes that the request being served is put into the memory v
// refers to.
func (f *family) fillOwn(v ssa.Value) { f.fillWith(v, false, true) }

// fillSanitized notes that a sanitizer's result is put into the memory v
// refers to.
func (f *family) fillSanitized(v ssa.Value) { f.fillWith(v, true, false) }

// fillWith notes something put into the memory v refers to: other than
// the request (elsewhere), other than a sanitizer's result (plain).
func (f *family) fillWith(v ssa.Value, elsewhere, plain bool) {
	st := f.ownSt
	for _, l := range f.locs(v) {
		st.filled[l.root] = true
		if elsewhere {
			st.filledElse[l.root] = true
		}
		if plain {
			st.filledPlain[l.root] = true
		}
	}
}

// callMayWrite reports whether the call may put data into what argument
// j points to: unless every callee's summary says it writes nothing there
// (a helper that reads a record to build a response from it), or only
// into fields neither marked nor holding records (a store's Insert that
// sets the key and a timestamp).
func (f *family) callMayWrite(s *callSite, j int, sums *[]*Summary) bool {
	if s.fn == nil || !s.entry.Empty() || j >= 64 {
		return true
	}
	known := f.summariesOnce(s, sums)
	if len(known) == 0 {
		return true
	}
	if fillsOwnArgs(known)&(1<<j) != 0 {
		return true // it decodes the request there (ownfills.go)
	}
	for _, sum := range known {
		if sum.Fills&(1<<j) != 0 {
			return true
		}
		for _, o := range sum.Outs {
			if o.Index == j && f.e.identifiablePath(s.args[j].Type(), o.Path) {
				return true
			}
		}
	}
	return false
}

// summariesOnce returns the summaries of every callee of the call, none
// if one has none, looked up once per call into *sums.
func (f *family) summariesOnce(s *callSite, sums *[]*Summary) []*Summary {
	if *sums == nil {
		*sums = f.calleeSummaries(s)
		if *sums == nil {
			*sums = []*Summary{}
		}
	}
	return *sums
}

// callKeeps reports whether the call writes nothing untracked into what
// argument j points to.
func (f *family) callKeeps(s *callSite, j int, sums *[]*Summary) bool {
	if s.fn == nil {
		return false
	}
	if s.mark.Sink != vocab.KindNone || s.mark.Sanitize {
		return true
	}
	e := s.entry
	if e.Keeps != nil && e.Keeps.Has(j) {
		return true // the catalog says it only reads or holds it
	}
	if f.reachesNothing(s) {
		return true
	}
	for _, rr := range e.RequestReads {
		if rr.Of.Has(j) {
			return true // the request's reader, being read
		}
		if int(rr.Into) == j && f.argsOwn(s, rr.Of.Has) {
			// Decoding the request into it: own if it was found so,
			// otherwise no longer only what the code put there.
			return f.ownSt.own[argRoot(f, s.args[j])]
		}
	}
	if !e.Empty() {
		if e.Writer != nil && e.Writer.Dest == j {
			return false
		}
		for _, p := range e.Propagators {
			if p.Into != catalog.Results && int(p.Into) == j {
				return false
			}
		}
		return true
	}
	known := f.summariesOnce(s, sums)
	if len(known) == 0 {
		// A standard function only rearranges what it is given
		// through the value's own methods (sort.Sort): see
		// stdRearranges.
		return s.byDefault && f.stdRearranges(s, s.args[j])
	}
	if j < 64 && fillsOwnArgs(known)&(1<<j) != 0 {
		// Decoding the request into it, as a library decoder's row
		// does (ownfills.go): own if it was found so.
		return f.ownSt.own[argRoot(f, s.args[j])]
	}
	for _, sum := range known {
		if j >= 64 || sum.Fills&(1<<j) != 0 {
			return false
		}
	}
	return true
}

// mayHoldRecords reports whether memory a value of type t refers to can
// hold a record, whose type makes what is written into it identifiable:
// only there does an untracked write matter (other data an I/O read
// gives is not identifiable, contract §3). An interface may hold one.
func mayHoldRecords(e *Engine, t types.Type) bool {
	if !isReference(t) {
		return false
	}
	if types.IsInterface(t) {
		return true
	}
	return e.baseTypeLabel(t) != nil
}

// argRoot is the single root of v's memory, or nil.
func argRoot(f *family, v ssa.Value) ssa.Value {
	ls := f.locs(v)
	if len(ls) != 1 {
		return nil
	}
	return ls[0].root
}

// identifiableAddr reports whether what is stored at addr can be read
// back as identifiable: a marked field, or one holding records, or an
// element of one (any other element, when it is not a field's).
func identifiableAddr(e *Engine, addr ssa.Value) bool {
	if ia, ok := addr.(*ssa.IndexAddr); ok {
		fa := elemsField(ia.X)
		return fa == nil || identifiableAddr(e, fa)
	}
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return true
	}
	return identifiableField(e, fa.X.Type(), fa.Field)
}

// identifiableField reports whether field i of the struct type owner (or
// pointer to one) is marked or holds records: what is stored there fills
// a fresh record.
func identifiableField(e *Engine, owner types.Type, i int) bool {
	if e.fieldLabel(owner, i, token.NoPos) != nil {
		return true
	}
	if p, ok := owner.Underlying().(*types.Pointer); ok {
		owner = p.Elem()
	}
	st, ok := owner.Underlying().(*types.Struct)
	return ok && i < st.NumFields() && e.baseTypeLabel(st.Field(i).Type()) != nil
}

// elemsField returns the address of the field whose elements x indexes:
// an array field's address, or a slice loaded from a field; else nil.
func elemsField(x ssa.Value) *ssa.FieldAddr {
	if u, ok := x.(*ssa.UnOp); ok && u.Op == token.MUL {
		x = u.X
	}
	fa, _ := x.(*ssa.FieldAddr)
	return fa
}

// unmarkedField reports whether v is the address of a field neither
// marked nor holding records (p.ID, p.Version, p.Active), or of an
// element of one: a callee or another goroutine writing through it,
// whatever the data (an id an I/O scan generates), writes only that
// field, which is not identifiable on its own (contract §3), so the
// record stays what it held, as for a store into the field.
func unmarkedField(e *Engine, v ssa.Value) bool {
	switch a := unwrap(v).(type) {
	case *ssa.FieldAddr, *ssa.IndexAddr:
		return !identifiableAddr(e, a)
	}
	return false
}

// tracked reports whether the data of v is one the analysis follows as
// labels: a constant, the request's, a parameter's, a marked field's or
// a source's, a value whose type makes it identifiable, or one computed
// of such values alone, whose labels the computation carries.
func (f *family) tracked(v ssa.Value) bool { return f.trackedAt(v, 0) }

// trackedAt is tracked for a value depth operations into an expression.
func (f *family) trackedAt(v ssa.Value, depth int) bool {
	v = unwrap(v)
	switch x := v.(type) {
	case *ssa.Const, *ssa.Parameter:
		return true
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if fa, ok := x.X.(*ssa.FieldAddr); ok && f.e.fieldLabel(fa.X.Type(), fa.Field, token.NoPos) != nil {
				return true
			}
			if f.rootsAre(x.X, func(r ssa.Value) bool {
				switch r := r.(type) {
				case *ssa.Parameter:
					return true
				case *ssa.Alloc:
					return spilledParam(r) // a struct parameter passed by value
				}
				return false
			}) {
				return true
			}
		}
	case *ssa.Field:
		if f.e.fieldLabel(x.X.Type(), x.Field, token.NoPos) != nil {
			return true
		}
	case *ssa.Call:
		s := f.site(x)
		if s.isSource() || s.mark.Sanitize {
			return true // a source's or a sanitizer's result: labelled as such
		}
		if depth < maxDerivation && f.computedOfArgs(s) && f.argsTracked(s, depth+1) {
			// A standard transform of followed values (a phone
			// trimmed of its spaces): its result carries their labels.
			return true
		}
	case *ssa.BinOp:
		// Computed of followed values only (a BMI of the record's own
		// weight and height): the labels of its operands carry it.
		if depth < maxDerivation && f.trackedAt(x.X, depth+1) && f.trackedAt(x.Y, depth+1) {
			return true
		}
	case *ssa.Phi:
		// One of several followed values ("normal" or "obese" by the
		// BMI computed): each edge's labels carry it.
		if depth < maxDerivation && !slices.ContainsFunc(x.Edges, func(e ssa.Value) bool {
			return e != v && !f.trackedAt(e, depth+1)
		}) {
			return true
		}
	}
	return f.ownVal(v) || f.e.baseTypeLabel(v.Type()) != nil
}

// withdrawnRecord reports whether v is a whole record out of withdrawn
// memory: loaded from a withdrawn literal or variable, or a new record a
// call built of data no label carries (withdraw). Only its type labels
// it, as a record as any other, so memory it is copied into holds data
// no label carries too.
func (f *family) withdrawnRecord(v ssa.Value) bool {
	if f.e.baseTypeLabel(v.Type()) == nil {
		return false
	}
	st := f.ownSt
	v = unwrap(v)
	if x, ok := v.(*ssa.UnOp); ok && x.Op == token.MUL {
		for _, l := range f.locs(x.X) {
			if _, param := l.root.(*ssa.Parameter); !param && st.invalid[l.root] {
				return true
			}
		}
		return false
	}
	_, param := v.(*ssa.Parameter)
	return !param && st.invalid[v]
}

// unwrapCut reports whether unwrap stops at maxUnwrap with more to strip.
func unwrapCut(v ssa.Value) bool {
	switch unwrap(v).(type) {
	case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Slice:
		return true
	}
	return false
}

// unwrap strips conversions, boxing and reslicing, which keep the data.
func unwrap(v ssa.Value) ssa.Value {
	for range maxUnwrap {
		switch v.(type) {
		case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Slice:
			v = *v.(ssa.Instruction).Operands(nil)[0]
		default:
			return v
		}
	}
	return v
}

// reachesNothing reports whether s calls through an interface that no
// type in sight implements (contract §3: a call through an interface
// reaches every implementation of it in the analysed program): it runs
// no code, so writes nothing. A call whose implementations were cut by
// maxImpls is not one, nor a call on a type parameter, whose type
// arguments are not its implementations.
func (f *family) reachesNothing(s *callSite) bool {
	c := s.instr.Common()
	if !c.IsInvoke() || len(s.impls) > 0 || !s.entry.Empty() {
		return false
	}
	if _, ok := types.Unalias(c.Value.Type()).(*types.TypeParam); ok {
		return false
	}
	return !f.e.implsCut[implKey{c.Value.Type(), s.fn.Name()}]
}

// argsTracked reports whether the arguments the results of a call
// computedOfArgs accepts are computed of are all followed: every one
// under the default, those its catalog rows carry otherwise (a Caser's
// String maps its text; the Caser, built of language tables, is none).
func (f *family) argsTracked(s *callSite, depth int) bool {
	for i, a := range s.args {
		from := s.byDefault || slices.ContainsFunc(s.entry.Propagators, func(p catalog.Propagator) bool { return p.From.Has(i) })
		if from && carriesData(a.Type()) && !f.trackedAt(a, depth) {
			return false
		}
	}
	return true
}

// computedOfArgs reports whether the call's results are computed of its
// arguments alone, as their labels show: a standard function under the
// default (carryByDefault), or one the catalog knows only by rows that
// carry its arguments into its results (strings.TrimSpace, strconv).
func (f *family) computedOfArgs(s *callSite) bool {
	if s.anon != nil || s.fn == nil || s.instr.Common().IsInvoke() {
		return false
	}
	if s.byDefault {
		return true
	}
	e := s.entry
	if len(e.Propagators) == 0 || e.Sink != nil || e.URLs != nil || e.Writer != nil ||
		e.Wrapper != nil || e.Destination != vocab.KindNone || e.NoReturn || e.IO {
		return false
	}
	for _, p := range e.Propagators {
		if p.Into != catalog.Results {
			return false
		}
	}
	return true
}
