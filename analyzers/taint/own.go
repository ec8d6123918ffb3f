package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// Contract §3: a record holds identifiable data only in what the code can
// have put there, and data a handler decodes from the request it is
// serving is the caller's own. A value's type makes it a record wherever
// it is seen (intrinsic); this file finds, before the family is solved,
// the values for which that is too much:
//
//   - own values hold only the request being served, decoded (a gin
//     Bind, json.NewDecoder(r.Body).Decode, io.ReadAll(r.Body): catalog
//     RequestReads and RequestFields), or what a callee returns of it. Their
//     record label is marked Own: a response to the caller may carry it,
//     every other sink reports it as any data;
//   - fresh values are composite literals (allocations) holding only
//     what the code stores into them. One into whose marked fields (or
//     fields holding records) nothing is stored is empty: it carries no
//     record label (an empty Patient{}, a Patient{ID: id}). So are the
//     models an ORM query returns when it loads nothing identifiable
//     into them (orm.go). A function returning a fresh record (Fresh)
//     returns what it was passed: its caller's own data when that is
//     what it passes.
//
// Both are structural and settled before solve, so the lattice stays
// monotone. Conservatively, a root whose memory may be written with data
// no label carries (an I/O read into it, a call with no summary or one
// that Fills it, a store of an untracked value into a marked field, or of
// a record copied out of a withdrawn root) is withdrawn, and so is what a
// root handed to such code holds pointers to: it is then a record as any
// other. A root only given untracked data (an argument list holding an
// unlabelled number beside a record's pointer field, bound by a query
// that only reads it) withdraws nothing it points to. So
// is a fresh call's result whose marked fields the call fills with such
// data (a mapping helper given a scanned row), as the literal would be.
// A write into a field neither marked nor holding records (a key scanned
// into p.ID) writes only that field and withdraws nothing (withdraw.go,
// unmarkedField); nor does a store of a value computed of followed
// data only (a BMI of the record's own weight and height, withdraw.go,
// tracked). A pointer handed to a callee that only keeps it
// (gin's c.Set(k, p)) is not followed for writes made through that copy
// later by other code.

type ownState struct {
	own      map[ssa.Value]bool   // values holding only the request being served
	ownCalls map[ssa.Value]uint64 // for calls with several results: which are own
	fresh    map[ssa.Value]bool   // allocations holding only what is stored into them
	filled   map[ssa.Value]bool   // fresh allocations given something identifiable
	// filledElse are the filled allocations given something other than
	// the request being served; the others hold only it (promoteOwn).
	filledElse map[ssa.Value]bool
	// filledPlain are the filled allocations given something other than
	// a sanitizer's result; the others hold only sanitized data.
	filledPlain map[ssa.Value]bool
	invalid     map[ssa.Value]bool // roots whose memory may be written untracked
	// passedOn are the roots handed to code that may write through the
	// pointers they hold (withdraw.go); invalid holds them and the roots
	// only given untracked data.
	passedOn map[ssa.Value]bool
	// emptyLoads are the ORM calls returning models their query loads
	// nothing identifiable into (orm.go).
	emptyLoads map[ssa.CallInstruction]bool
	// loads says the family loads an ORM query into a destination;
	// unloaded and loadedModels cache ormparts.go's parts of loaded
	// models: structural, so the same for every round.
	loads        bool
	unloaded     map[ssa.Value]bool
	loadedModels map[*ssa.Alloc]*loadedModel
	// freshCalls are the calls returning a new record of what they are
	// passed (Summary.Fresh).
	freshCalls []freshResult
	// filledResults are the Fresh results something was put into (see
	// dropFreshRecords).
	filledResults uint64
	// ownFills are the calls that decode the request into an argument
	// (Summary.FillsOwn, ownfills.go).
	ownFills []ownFill
}

// freshResult is a call's result that is a new record of what the call
// passes: from are the arguments that fill it, marked those that fill
// the record whole or a marked field, onlyParams says nothing else does
// (the callee's summary gives it no concrete data).
type freshResult struct {
	value        ssa.Value // the call, or its extract of a result
	call         *ssa.Call
	filled       bool
	from, marked uint64
	onlyParams   bool
}

// findOwn settles the family's own and fresh values and the summary's
// Own, Fresh and Fills bits.
func (f *family) findOwn() {
	// The list of the family's instructions was a tenth of the engine's
	// allocation on a large service: one array is reused instead.
	buf := f.e.ownInstrs.get()
	instrs := (*buf)[:0]
	defer func() {
		*buf = instrs[:0]
		f.e.ownInstrs.put(buf)
	}()
	for _, fn := range f.funcs {
		for _, b := range fn.Blocks {
			instrs = append(instrs, b.Instrs...)
		}
	}
	// A served function's request parameters hold the request it serves:
	// the root's, or a handler literal's (lambda.Start(func…)).
	var requestParams []*ssa.Parameter
	for _, fn := range f.funcs {
		if role := f.e.servedAs(fn); role != nil {
			requestParams = append(requestParams, f.e.servedRequest(fn, role)...)
		}
	}
	if len(requestParams) == 0 && !f.mayFindOwn(instrs) {
		return // nothing to find: every value is as its type says
	}
	st := &ownState{invalid: map[ssa.Value]bool{}, emptyLoads: map[ssa.CallInstruction]bool{}}
	for _, instr := range instrs {
		if call, m := f.loadedNothing(instr); m != nil {
			st.emptyLoads[call] = true
		}
		st.loads = st.loads || f.isQueryLoad(instr)
	}
	f.ownSt = st
	// Calls returning a new record of what they are passed, and whether
	// they fill it, and calls decoding the request into an argument:
	// structural, so found once for every round.
	var freshCalls []freshResult
	for _, instr := range instrs {
		c, ok := instr.(*ssa.Call)
		if !ok {
			continue
		}
		if of, ok := f.ownFillOf(c); ok {
			st.ownFills = append(st.ownFills, of)
		}
		if !st.emptyLoads[c] { // the ORM's rule decides those
			// Each result a model comes back in: (models, error) too.
			for i := range c.Call.Signature().Results().Len() {
				if v := resultValue(c, i); v != nil {
					if fresh, filled := f.freshCall(c, i, v); fresh {
						from, marked, only := f.freshFrom(c, i)
						if only && allArgs(f.site(c), inSet(from), isConst) {
							filled = false // filled only with constants: it holds nothing
						}
						freshCalls = append(freshCalls, freshResult{v, c, filled, from, marked, only})
					}
				}
			}
		}
	}
	st.freshCalls = freshCalls
	settled := false
	for range maxOwnRounds {
		st.own, st.ownCalls, st.fresh = map[ssa.Value]bool{}, map[ssa.Value]uint64{}, map[ssa.Value]bool{}
		st.filled, st.filledElse, st.filledPlain = map[ssa.Value]bool{}, map[ssa.Value]bool{}, map[ssa.Value]bool{}
		for _, p := range requestParams {
			if !st.invalid[p] {
				st.own[p] = true
			}
		}
		for _, instr := range instrs {
			if a, ok := newMemory(instr); ok && !st.invalid[a] && f.e.baseTypeLabel(a.Type()) != nil {
				st.fresh[a] = true
			}
			if c, ok := instr.(*ssa.Call); ok && isAppend(c) && !st.invalid[c] && f.e.baseTypeLabel(c.Type()) != nil {
				st.fresh[c] = true // holds what it is given (withdraw.go)
			}
			if call, ok := instr.(*ssa.Call); ok && st.emptyLoads[call] {
				if m := resultValue(call, 0); m != nil && !st.invalid[m] {
					st.fresh[m] = true // models an ORM query loads nothing identifiable into (orm.go)
				}
			}
		}
		for _, fc := range freshCalls {
			if !st.invalid[fc.value] {
				st.fresh[fc.value] = true
				st.filled[fc.value] = fc.filled
				st.filledElse[fc.value] = fc.filled
				st.filledPlain[fc.value] = fc.filled
			}
		}
		f.growOwn(instrs)
		n := len(st.invalid)
		f.withdraw(instrs)
		for f.promoteOwn() {
			f.growOwn(instrs)
		}
		if len(st.invalid) == n {
			settled = true
			break
		}
	}
	if !settled {
		st.own, st.ownCalls, st.fresh = nil, nil, nil
	}
	for i, p := range f.root.Params {
		if i < 64 && mayHoldRecords(f.e, p.Type()) && (!settled || st.invalid[p]) {
			f.sum.Fills |= 1 << i
		}
	}
	f.sum.Fills |= f.assertFills()
	if settled {
		f.resultBits()
		f.sum.FillsOwn = f.fillsOwnParams(requestParams)
	}
}

// mayFindOwn reports whether findOwn can find anything in the family:
// a literal of a record, a parameter a record may be written into, a
// read of the request, or a call returning it or decoding it into an
// argument. Most functions have none, and skipping them keeps the cost
// of this pass off the common case.
func (f *family) mayFindOwn(instrs []ssa.Instruction) bool {
	for _, p := range f.root.Params {
		if mayHoldRecords(f.e, p.Type()) {
			return true
		}
	}
	for _, instr := range instrs {
		if a, ok := newMemory(instr); ok && f.e.baseTypeLabel(a.Type()) != nil {
			return true
		}
		switch x := instr.(type) {
		case *ssa.UnOp:
			if x.Op == token.MUL && f.isRequestField(x.X) {
				return true
			}
		case ssa.CallInstruction:
			if _, ok := x.Common().Value.(*ssa.Builtin); ok {
				continue
			}
			s := f.site(x)
			if len(s.entry.RequestReads) > 0 || returnsModels(s) {
				return true
			}
			if s.anon == nil && s.entry.Empty() {
				for _, sum := range f.calleeSummaries(s) {
					if sum.Own != 0 || sum.Fresh != 0 || sum.FillsOwn != 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// promoteOwn marks as own the fresh allocations given identifiable data
// only from the request being served: a response wrapper literal,
// Resp{OK: true, Data: &p}, holds only the caller's own record, as a
// map literal wrapping it does. It reports whether it marked any; each
// call marks at least one more allocation or none, so the loop around
// it ends.
func (f *family) promoteOwn() bool {
	st := f.ownSt
	promoted := false
	for _, fc := range st.freshCalls {
		// A new record of what the call is passed, passed only the
		// caller's own request where a store into a literal would fill
		// it: it holds only that. An argument that fills only unmarked
		// fields (the caller's user id) keeps its own labels there, as
		// in a literal (unmarkedFieldStore).
		if st.filledElse[fc.value] && fc.onlyParams && f.argsOwn(f.site(fc.call), inSet(fc.marked)) {
			st.filledElse[fc.value] = false
		}
	}
	for r := range st.fresh {
		if st.filled[r] && !st.filledElse[r] && !st.invalid[r] && !st.own[r] {
			st.own[r] = true
			promoted = true
		}
	}
	return promoted
}

// sanitizedOnly reports whether v is, or is loaded from, fresh
// allocations given identifiable data only from sanitizers' results: a
// literal holding a pseudonym where the record's identifier was.
func (f *family) sanitizedOnly(v ssa.Value) bool {
	st := f.ownSt
	if st == nil || st.fresh == nil {
		return false
	}
	return f.rootsAre(v, func(r ssa.Value) bool { return st.fresh[r] && st.filled[r] && !st.filledPlain[r] })
}

// isSanitized reports whether v is a declared sanitizer's result.
func (f *family) isSanitized(v ssa.Value) bool {
	v = unwrap(v)
	if ex, ok := v.(*ssa.Extract); ok {
		v = ex.Tuple
	}
	c, ok := v.(*ssa.Call)
	return ok && f.site(c).mark.Sanitize
}

// ownVal reports whether v holds only the request being served.
func (f *family) ownVal(v ssa.Value) bool {
	st := f.ownSt
	if st == nil || st.own == nil {
		return false
	}
	if st.invalid[v] {
		return false
	}
	if f.ownRoot(v) {
		return true
	}
	return f.rootsAre(v, func(r ssa.Value) bool { return r != v && f.ownRoot(r) })
}

// ownRoot reports whether v itself was found to hold only the request:
// marked so, or a result of a call that returns it.
func (f *family) ownRoot(v ssa.Value) bool {
	st := f.ownSt
	if st.own[v] {
		return true
	}
	ex, ok := v.(*ssa.Extract)
	return ok && ex.Index < 64 && st.ownCalls[ex.Tuple]&(1<<ex.Index) != 0
}

// foreignErrors says which error results of the call are not the
// caller's own whatever its arguments are: all but those an accessor
// builds from the caller's own data alone (accessor.go). Another call's
// error may carry what its callee added, and a request read's error is
// about the read, not what was sent.
func (f *family) foreignErrors(s *callSite) uint64 {
	var errs uint64
	for i := 0; i < s.result.Len() && i < 64; i++ {
		if isError(s.result.At(i).Type()) {
			errs |= 1 << i
		}
	}
	if errs == 0 {
		return 0
	}
	return errs &^ f.ownAccessorResults(s)
}

// heldOnly reports whether v is, or is loaded from, fresh allocations.
func (f *family) heldOnly(v ssa.Value) bool {
	st := f.ownSt
	if st == nil || st.fresh == nil {
		return false
	}
	return f.rootsAre(v, func(r ssa.Value) bool { return st.fresh[r] })
}

// empty reports whether v is, or is loaded from, fresh allocations into
// which nothing identifiable was put: its type adds nothing.
func (f *family) empty(v ssa.Value) bool {
	st := f.ownSt
	if st == nil || st.fresh == nil {
		return false
	}
	return f.rootsAre(v, func(r ssa.Value) bool { return st.fresh[r] && !st.filled[r] })
}

// rootsAre reports whether every root of v's memory passes ok and none
// is withdrawn.
func (f *family) rootsAre(v ssa.Value, ok func(ssa.Value) bool) bool {
	any := false
	for _, l := range f.locs(v) {
		if isNilConst(l.root) {
			continue // a nil slice or pointer holds nothing (var s []T; s = append(s, …))
		}
		if f.ownSt.invalid[l.root] || !ok(l.root) {
			return false
		}
		any = true
	}
	return any
}

// growOwn marks the values that hold only the request being served.
func (f *family) growOwn(instrs []ssa.Instruction) {
	st := f.ownSt
	set := func(v ssa.Value) bool {
		if st.own[v] || st.invalid[v] {
			return false
		}
		st.own[v] = true
		return true
	}
	for range maxOwnPasses {
		changed := f.markOwnFills()
		for _, instr := range instrs {
			switch x := instr.(type) {
			case *ssa.UnOp:
				if x.Op == token.MUL && (f.isRequestField(x.X) || f.ownVal(x.X)) {
					changed = set(x) || changed
				}
			case *ssa.FieldAddr, *ssa.IndexAddr, *ssa.Field, *ssa.Index, *ssa.Convert, *ssa.ChangeType,
				*ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Slice, *ssa.SliceToArrayPointer, *ssa.TypeAssert:
				v := x.(ssa.Value)
				if ops := instr.Operands(nil); len(ops) > 0 && f.ownVal(*ops[0]) {
					changed = set(v) || changed
				}
			case *ssa.Store:
				// A local the caller's own value is copied into, once (a
				// request parameter whose fields are addressed): own too.
				if a, ok := x.Addr.(*ssa.Alloc); ok && f.ownVal(x.Val) && storesInto(a) == 1 {
					changed = set(a) || changed
				}
				// A literal given only the caller's own values (an
				// Input{Name: req.Name} handed to a service): own too.
				// Not a record's: what fills a record decides (fresh).
				if a := literalOf(x.Addr); a != nil && !st.own[a] && f.e.baseTypeLabel(a.Type()) == nil && f.ownLiteral(a) {
					changed = set(a) || changed
				}
			case *ssa.Lookup:
				// A value read from the caller's own map (a router's path
				// parameters) is the caller's own.
				if !f.ownVal(x.X) {
					break
				}
				if !x.CommaOk {
					changed = set(x) || changed
				} else if old := st.ownCalls[x]; old&1 == 0 && !st.invalid[x] {
					st.ownCalls[x] = old | 1
					changed = true
				}
			case *ssa.Phi:
				all, any := true, false
				for _, e := range x.Edges {
					if e == x || isNilConst(e) {
						continue
					}
					if !f.ownVal(e) {
						all = false
						break
					}
					any = true
				}
				if all && any {
					changed = set(x) || changed
				}
			case ssa.CallInstruction:
				changed = f.ownCall(x) || changed
			}
		}
		if !changed {
			return
		}
	}
}

// storesInto counts the stores into a itself (not into its fields).
func storesInto(a *ssa.Alloc) int {
	n := 0
	for _, r := range *a.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a {
			n++
		}
	}
	return n
}

// isRequestField reports whether addr is the address of a field that
// holds the data of the request being served (a server request's Body).
func (f *family) isRequestField(addr ssa.Value) bool {
	named, field, ok := namedField(addr)
	return ok && f.e.Catalog.IsRequestField(named.Obj().Pkg().Path()+"."+named.Obj().Name(), field)
}

// namedField returns the named struct type and the field whose address
// addr is, if it is one of a named type's fields.
func namedField(addr ssa.Value) (*types.Named, string, bool) {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return nil, "", false
	}
	t := fa.X.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil, "", false
	}
	return named, fieldName(fa.X.Type(), fa.Field), true
}

// ownCall applies what a call tells of own data: a request read decodes
// into an argument or returns the request, a callee's summary returns
// the request (Own) or a new record of what it is passed (Fresh).
func (f *family) ownCall(instr ssa.CallInstruction) bool {
	if _, ok := instr.Common().Value.(*ssa.Builtin); ok {
		return false
	}
	s := f.site(instr)
	if s.anon != nil || s.fn == nil {
		return false
	}
	st := f.ownSt
	var bits uint64
	changed := false
	for _, rr := range s.entry.RequestReads {
		if !f.argsOwn(s, func(i int) bool { return rr.Of.Has(i) }) {
			continue
		}
		if rr.Into == catalog.Results {
			bits |= 1<<s.result.Len() - 1
			continue
		}
		if j := int(rr.Into); j < len(s.args) {
			changed = f.markDecodedInto(s.args[j]) || changed
		}
	}
	if !s.isSource() && !s.mark.Sanitize {
		bits |= f.derivedBits(s)
	}

	if bits == 0 || s.value == nil {
		return changed
	}
	bits &^= f.foreignErrors(s)
	if s.result.Len() == 1 {
		if bits&1 != 0 && !st.own[s.value] && !st.invalid[s.value] {
			st.own[s.value] = true
			changed = true
		}
		return changed
	}
	if old := st.ownCalls[s.value]; old|bits != old {
		st.ownCalls[s.value] = old | bits
		changed = true
	}
	return changed
}

// markDecodedInto marks own the roots of v, which a call decodes the
// request into, except memory another call returned (storedRecord). It
// reports whether it marked any.
func (f *family) markDecodedInto(v ssa.Value) bool {
	st := f.ownSt
	changed := false
	for _, l := range f.locs(v) {
		if storedRecord(l.root) && !st.fresh[l.root] {
			continue // the decode overlays what the call returned
		}
		if !st.own[l.root] && !st.invalid[l.root] {
			st.own[l.root] = true
			changed = true
		}
	}
	return changed
}

// storedRecord reports whether root is memory another call returned (a
// record a repository loaded): a request decoded into it sets only the
// members the body holds, and every other field keeps what the call put
// there, so the decode does not make it the caller's own. A new value the
// function made, or one a call returns empty (fresh), holds only the
// decode.
func storedRecord(root ssa.Value) bool {
	call, _ := queryCall(root) // the call root is a result of, if any
	return call != nil
}

// derivedBits says which results of a call (not a source's) hold only
// the request: a callee returning it (Own), a new record of what it is
// passed when that is the request (Fresh), a catalog propagator's
// results from own arguments (strings, conversions, encoders), an
// accessor's from own arguments. A callee
// whose summary merely derives its result from its parameters does not
// count: a client analysed from source may share one buffer between the
// key it sends and the record it receives, and a store read keyed by the
// request is not the caller's own.
func (f *family) derivedBits(s *callSite) uint64 {
	dataArgs := func(sel func(int) bool) bool {
		any := false
		for i, a := range s.args {
			if !sel(i) || !carriesData(a.Type()) || constData(a) {
				continue
			}
			if !f.ownVal(a) {
				return false
			}
			any = true
		}
		return any
	}
	var bits uint64
	for _, p := range s.entry.Propagators {
		if p.Into == catalog.Results && dataArgs(p.From.Has) {
			for i := 0; i < s.result.Len() && i < 64; i++ {
				if !isError(s.result.At(i).Type()) {
					bits |= 1 << i
				}
			}
		}
	}
	if !s.entry.Empty() {
		return bits
	}
	// An accessor (accessor.go) returns what it reads of its arguments.
	bits |= f.ownAccessorResults(s)
	sums := f.calleeSummaries(s)
	if sums == nil {
		return bits
	}
	own, fresh := ^uint64(0), ^uint64(0)
	var builtFrom uint64
	for _, sum := range sums {
		own &= sum.Own
		fresh &= sum.Fresh
		from, only := sum.freshFrom()
		if !only {
			fresh = 0 // it holds data of its own beside what it is passed
		}
		if from != 0 {
			builtFrom |= from
		} else {
			builtFrom = ^uint64(0) // nothing says which: every argument counts
		}
	}
	bits |= own | f.passedOwn(s, sums) | f.rootedOwn(s, sums)
	if fresh != 0 && dataArgs(func(i int) bool { return i >= 64 || builtFrom&(1<<i) != 0 }) {
		bits |= fresh
	}
	return bits
}

// passedOwn says which results of the call are an own argument handed
// back as it went in: every callee returns that parameter itself and
// writes into it nothing identifiable (a store's Save that sets the key
// of the row it returns). A result merely derived from the arguments is
// not: a client may share a buffer between the key it sends and the
// record it receives.
func (f *family) passedOwn(s *callSite, sums []*Summary) uint64 {
	var bits uint64
	for i := 0; i < s.result.Len() && i < 64; i++ {
		j := agreedParam(sums, func(sum *Summary) int { return sum.passed(i) })
		if j < 0 || j >= len(s.args) || !f.ownVal(s.args[j]) {
			continue
		}
		known := sums
		if !f.callMayWrite(s, j, &known) {
			bits |= 1 << i
		}
	}
	return bits
}

// passedParams lists the results fn returns one of its parameters for,
// the same one on every return (nil aside), through conversions only;
// only parameters whose memory may hold a record, the ones own-ness is
// asked of.
func (e *Engine) passedParams(fn *ssa.Function) []PassedParam {
	res := fn.Signature.Results()
	var out []PassedParam
	for i := 0; i < res.Len() && i < 64; i++ {
		param, any := -1, false
		for _, b := range fn.Blocks {
			if len(b.Instrs) == 0 {
				continue
			}
			r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || i >= len(r.Results) || isNilConst(r.Results[i]) {
				continue
			}
			p, ok := unwrap(r.Results[i]).(*ssa.Parameter)
			j := paramIndex(fn, p)
			if !ok || j < 0 || any && j != param || !mayHoldRecords(e, p.Type()) {
				param = -1
				break
			}
			param, any = j, true
		}
		if param >= 0 {
			out = append(out, PassedParam{Result: i, Param: param})
		}
	}
	return out
}

// paramIndex is p's index among fn's parameters, or -1.
func paramIndex(fn *ssa.Function, p *ssa.Parameter) int {
	for j, q := range fn.Params {
		if q == p {
			return j
		}
	}
	return -1
}

// freshFrom says which parameters the function's Fresh results are built
// from: those their data or memory names. A service's Save(p) that
// returns &p is the caller's own when p is, whatever the service's
// receiver holds. only is false when a Fresh result also holds a record
// of the function's own (a stored item added to the items it was
// passed); data of its own other than records keeps its own labels.
func (s *Summary) freshFrom() (from uint64, only bool) {
	only = true
	note := func(i int, t Taint, whole bool) {
		if i >= 64 || s.Fresh&(1<<i) == 0 {
			return
		}
		from |= t.Dest.Params
		for _, l := range t.Data {
			switch {
			case l.Param > 0 && l.Param <= 64:
				from |= 1 << (l.Param - 1)
			case l.Concrete() && l.OwnIf > 0 && l.OwnIf <= 64:
				// read from what a parameter refers to: that
				// argument decides (Label.OwnIf)
				from |= 1 << (l.OwnIf - 1)
			case l.Concrete() && l.Record && !whole && !l.Own:
				// a record of the callee's own in the result (a
				// stored item added to those it was passed): its
				// label would be taken for the result's, which
				// what the caller passes decides
				only = false
			}
		}
	}
	for i, t := range s.Results {
		note(i, t, true)
	}
	for _, rf := range s.ResultFields {
		note(rf.Index, rf.Taint, false)
	}
	return from, only
}

// argsOwn reports whether every argument sel picks is own.
func (f *family) argsOwn(s *callSite, sel func(int) bool) bool {
	return allArgs(s, sel, f.ownVal)
}

// allArgs reports whether ok holds of every argument of the call that
// sel selects.
func allArgs(s *callSite, sel func(int) bool, ok func(ssa.Value) bool) bool {
	for i, a := range s.args {
		if sel(i) && !ok(a) {
			return false
		}
	}
	return true
}

// calleeSummaries returns the summaries of every function the call may
// reach, or nil when one of them has none (or the target is unknown).
func (f *family) calleeSummaries(s *callSite) []*Summary {
	if s.fn == nil {
		return nil
	}
	if s.instr.Common().IsInvoke() {
		if len(s.impls) == 0 {
			return nil
		}
		var out []*Summary
		for _, impl := range s.impls {
			sum := f.e.summaryOfFunc(impl)
			if sum == nil {
				return nil
			}
			out = append(out, sum)
		}
		return out
	}
	if sum := f.e.summaryOfFunc(s.fn); sum != nil {
		return []*Summary{sum}
	}
	return nil
}

// resultBits sets the summary's Own and Fresh bits from the root's
// returns.
func (f *family) resultBits() {
	res := f.root.Signature.Results()
	if res.Len() == 0 || res.Len() > 64 {
		return
	}
	own, fresh := uint64(1)<<res.Len()-1, uint64(1)<<res.Len()-1
	any := false
	for _, b := range f.root.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		any = true
		for i, v := range r.Results {
			if isNilConst(v) {
				continue
			}
			if isError(v.Type()) || !f.ownVal(v) {
				own &^= 1 << i
			}
			if !f.isFresh(v) {
				fresh &^= 1 << i
			} else if !f.rootsAre(v, func(r ssa.Value) bool { return !f.ownSt.filled[r] }) {
				f.ownSt.filledResults |= 1 << i
			}
		}
	}
	if any {
		f.sum.Own, f.sum.Fresh = own, fresh
	}
}

// isFresh reports whether v is a fresh allocation, or loaded whole from
// one, of a record type.
func (f *family) isFresh(v ssa.Value) bool {
	if f.e.baseTypeLabel(v.Type()) == nil {
		return false
	}
	for _, l := range f.locs(v) {
		if l.path != "" {
			return false
		}
	}
	return f.heldOnly(v)
}

// newMemory returns the memory instr allocates for the code to fill: a
// literal or variable (Alloc), or a make of a slice, whose elements hold
// only what is stored into them.
func newMemory(instr ssa.Instruction) (ssa.Value, bool) {
	switch x := instr.(type) {
	case *ssa.Alloc:
		return x, true
	case *ssa.MakeSlice:
		return x, true
	}
	return nil, false
}

func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

func isConst(v ssa.Value) bool {
	_, ok := v.(*ssa.Const)
	return ok
}

// dropFreshRecords takes the record label of a Fresh result, or of one
// that is a parameter itself (Passes), out of the summary: the caller's
// value of that type carries it anyway, marked Own when the call passes
// the request, which this one would contradict.
//
// A Fresh result the function filled (ownState.filledResults) with a
// record read from neither its parameters nor the request, and that
// would carry nothing once that record's label is dropped, is not Fresh
// after all: what filled it is data no label carries (a record copied
// out of a withdrawn one, a mapping helper's result built from a
// scanned row), and a caller would take it for an empty literal
// (freshCall). It keeps its record label, a record as any other, as a
// withdrawn root is. The bit, once cleared, stays so: summaries only
// grow while a call cycle is solved.
func (f *family) dropFreshRecords() {
	res := f.root.Signature.Results()
	for i := range f.sum.Results {
		if i >= 64 || f.sum.Fresh&(1<<i) == 0 && f.sum.passed(i) < 0 || i >= res.Len() {
			continue
		}
		tl := f.e.baseTypeLabel(res.At(i).Type())
		if tl == nil {
			continue
		}
		kept := f.sum.Results[i].Data
		isRecord := func(l Label) bool { return l.Concrete() && l.Record && l.Name == tl.Name && l.Pkg == tl.Pkg }
		f.sum.Results[i].Data = kept.filter(func(l Label) bool { return !isRecord(l) })
		bare := slices.ContainsFunc(kept, func(l Label) bool {
			return isRecord(l) && !l.Own && l.OwnIf == 0 && !l.Sanitized
		})
		if bare && f.filledBare(i, res.At(i).Type()) {
			f.sum.Results[i].Data = kept
			f.sum.Fresh &^= 1 << i
		}
	}
}

// filledBare reports whether Fresh result i, of type t, was filled by
// the function and carries nothing a caller's record is filled with.
// Not for a result holding the request being served: Own says what it
// holds.
func (f *family) filledBare(i int, t types.Type) bool {
	st := f.ownSt
	return f.sum.Fresh&(1<<i) != 0 && f.sum.Own&(1<<i) == 0 && st != nil &&
		st.filledResults&(1<<i) != 0 && !f.e.freshGives(f.sum, i, t)
}

// freshCall reports whether the call returns a new record holding only
// what it is passed (every callee's summary says Fresh: a constructor
// helper, func newVisit(id string) *Visit { return &Visit{ID: id} }), and
// whether the callee puts anything where a store into a literal would
// fill it (identifiableField).
func (f *family) freshCall(c *ssa.Call, i int, v ssa.Value) (fresh, filled bool) {
	if i >= 64 || f.e.baseTypeLabel(v.Type()) == nil {
		return false, false
	}
	s := f.site(c)
	if s.anon != nil || !s.entry.Empty() || s.mark.Source.Identifiable() {
		return false, false
	}
	sums := f.calleeSummaries(s)
	if len(sums) == 0 {
		return false, false
	}
	for _, sum := range sums {
		if sum.Fresh&(1<<i) == 0 {
			return false, false
		}
		if f.e.freshGives(sum, i, v.Type()) {
			filled = true
		}
	}
	return true, filled
}

// freshGives reports whether sum's Fresh result i, of type t, carries
// anything a caller's record is filled with: data in the result, or in
// a field a store into a literal would fill (identifiablePath).
func (e *Engine) freshGives(sum *Summary, i int, t types.Type) bool {
	if len(sum.Results) > i && len(sum.Results[i].Data) > 0 {
		return true
	}
	for _, rf := range sum.ResultFields {
		if rf.Index == i && !rf.Taint.empty() && e.identifiablePath(t, rf.Path) {
			return true
		}
	}
	return false
}

// identifiablePath reports whether path, below a value of type t, starts
// at a field a store into a literal would fill it through
// (identifiableField). An unknown path counts as such.
func (e *Engine) identifiablePath(t types.Type, path string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || !strings.HasPrefix(path, ".") {
		return true
	}
	name := path[1:]
	if i := strings.IndexAny(name, ".["); i >= 0 {
		name = name[:i]
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return identifiableField(e, t, i)
		}
	}
	return true
}
