package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Contract §3: a record holds identifiable data only in what the code can
// have put there. A handler that clears what it must not send before
// answering (p.SSN = ""; c.JSON(200, p)) sends a record whose cleared
// field holds a constant: printed whole, the record shows none of that
// field's data. A marked field is cleared at a place when a store of a
// constant into it dominates the place and nothing that may write data
// into it (a store, a call given the record, the record stored or bound
// elsewhere) can run between the two. Only a record the function itself
// refers to by one location is judged; any doubt keeps the field.

// clearedFieldsIn is clearedFields, asked only when data, what v shows,
// names a field of v's record type.
func (f *family) clearedFieldsIn(v ssa.Value, data Set) map[clearedName]bool {
	ptr := recordPointer(v)
	if ptr == nil {
		return nil
	}
	named, st := namedStructOf(deref(ptr.Type()))
	if st == nil {
		return nil
	}
	owner, pkg := f.e.ownerName(named)
	for _, l := range data {
		if l.Pkg == pkg && len(l.Name) > len(owner) && l.Name[len(owner)] == '.' && l.Name[:len(owner)] == owner {
			return f.clearedFields(v)
		}
	}
	return nil
}

// clearedFields are the labels' names ("Patient.SSN", with the package)
// of the directly marked fields of the record v is or points to that are
// cleared at f.at; nil when none are.
func (f *family) clearedFields(v ssa.Value) map[clearedName]bool {
	at := f.at
	if at == nil || at.Block() == nil {
		return nil
	}
	ptr := recordPointer(v)
	if ptr == nil {
		return nil
	}
	ls := f.locs(ptr)
	if len(ls) != 1 || ls[0].path != "" {
		return nil
	}
	root := ls[0].root
	fn := at.Block().Parent()
	if !definedIn(root, fn) {
		return nil
	}
	named, st := namedStructOf(deref(ptr.Type()))
	if st == nil {
		return nil
	}
	cw := f.clearsOf(fn, root)
	if len(cw.clears) == 0 || cw.handsBack {
		return nil
	}
	// A field that may hold another record of the type (itself, or
	// through an interface) holds labels of the same names: unless it is
	// cleared too, no name can be taken out.
	for i := 0; i < st.NumFields(); i++ {
		if mayHoldType(st.Field(i).Type(), named, map[types.Type]bool{}) && !f.clearedAt(cw, st.Field(i).Name(), at) {
			return nil
		}
	}
	owner, pkg := f.e.ownerName(named)
	var out map[clearedName]bool
	for _, c := range cw.clears {
		name := clearedName{owner + "." + c.field, pkg}
		if out[name] || !f.fieldMarked(named, st, c.field) || slices.Contains(cw.read, c.field) || !f.clearedAt(cw, c.field, at) {
			continue
		}
		if out == nil {
			out = map[clearedName]bool{}
		}
		out[name] = true
	}
	return out
}

// clearedName is a field's label name and package.
type clearedName struct{ name, pkg string }

// fieldMarked reports whether the field of st called name is marked
// itself (not a record holding marked fields: what a cleared record
// field held is not told apart from other records' fields by name).
func (f *family) fieldMarked(named *types.Named, st *types.Struct, name string) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			c := f.e.Model.FieldClass(named, st, i)
			return c != vocab.ClassUnset && c != vocab.ClassNone
		}
	}
	return false
}

// anyFieldMarked reports whether a field of st is marked itself.
func (f *family) anyFieldMarked(named *types.Named, st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		if c := f.e.Model.FieldClass(named, st, i); c != vocab.ClassUnset && c != vocab.ClassNone {
			return true
		}
	}
	return false
}

// writtenBetween reports whether something that may write into c's field
// can run after c and before at.
func (f *family) writtenBetween(cw *clearsAndWrites, c fieldClear, at ssa.Instruction) bool {
	for _, w := range cw.writes {
		if w.by == c.by || w.by == at || w.field != "" && w.field != c.field {
			continue
		}
		if f.precedes(c.by, w.by) && f.precedes(w.by, at) {
			return true
		}
	}
	return false
}

// fieldClear is a store of a constant into a field of the root.
type fieldClear struct {
	by    ssa.Instruction
	field string
}

// fieldWrite is an instruction that may write data into a field of the
// root ("" for any field).
type fieldWrite struct {
	by    ssa.Instruction
	field string
}

type clearsAndWrites struct {
	clears []fieldClear
	writes []fieldWrite
	// read are the fields read (or addressed other than to store into);
	// handsBack is a call given the record that may return what it
	// reads of it. Either way a field's data may be held beside the
	// record, under the same label name: no clearing of it is trusted.
	read      []string
	handsBack bool
}

// clearsOf lists, once per function and root, the clears of the root's
// fields and everything that may write into them.
func (f *family) clearsOf(fn *ssa.Function, root ssa.Value) *clearsAndWrites {
	k := clearKey{fn, root}
	if cw, ok := f.clearMemo[k]; ok {
		return cw
	}
	cw := &clearsAndWrites{}
	refers := func(x ssa.Value) bool {
		if x == nil || !pointsSomewhere(x.Type()) {
			return false
		}
		for _, l := range f.locs(x) {
			if l.root == root {
				return true
			}
		}
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Store:
				if refers(x.Val) {
					// The record escapes: whatever reads it back may
					// write into it. Into the array a call's variadic
					// operands are passed in, only the calls given it.
					if calls, ok := varargCalls(x.Addr); ok {
						for _, c := range calls {
							if !f.sinkOnlyCall(c) {
								cw.writes = append(cw.writes, fieldWrite{c, ""})
							}
						}
					} else {
						cw.writes = append(cw.writes, fieldWrite{x, ""})
					}
					continue
				}
				f.noteFieldStore(cw, x, root)
			case ssa.CallInstruction:
				f.noteCallClears(cw, x, root)
				if f.mayHandBack(x, refers) {
					cw.handsBack = true
				}
				if f.callMayWriteRoot(x, refers) {
					cw.writes = append(cw.writes, fieldWrite{instr, ""})
				}
			case *ssa.FieldAddr:
				// A field read, or its address taken for anything but a
				// store into it: its data may be held elsewhere when it
				// is cleared (name := p.Name; p.Name = "").
				if refers(x.X) && !onlyStoredInto(x) {
					st, _ := deref(x.X.Type()).Underlying().(*types.Struct)
					if st != nil {
						cw.read = append(cw.read, st.Field(x.Field).Name())
					}
				}
			case *ssa.Send, *ssa.MapUpdate, *ssa.MakeClosure:
				// Code that may get the record later (sent, kept in a
				// map, bound in a closure) may write into it.
				if refersAny(instr, refers) {
					cw.writes = append(cw.writes, fieldWrite{instr, ""})
				}
			}
		}
	}
	if f.clearMemo == nil {
		f.clearMemo = map[clearKey]*clearsAndWrites{}
	}
	f.clearMemo[k] = cw
	return cw
}

type clearKey struct {
	fn   *ssa.Function
	root ssa.Value
}

// noteFieldStore files a store into the root's memory: a clear when a
// constant goes into one whole field, else a write of the field (or of
// every field, for a store of the whole record).
func (f *family) noteFieldStore(cw *clearsAndWrites, st *ssa.Store, root ssa.Value) {
	ls := f.locs(st.Addr)
	for _, l := range ls {
		if l.root != root {
			continue
		}
		top := topField(l.path)
		if top == "" {
			cw.writes = append(cw.writes, fieldWrite{st, ""})
			continue
		}
		if len(ls) == 1 && l.path == "."+top && isConst(st.Val) {
			cw.clears = append(cw.clears, fieldClear{st, top})
			continue
		}
		cw.writes = append(cw.writes, fieldWrite{st, top})
	}
}

// recordPointer is the pointer v is loaded through or v itself, when it
// points to a named struct; nil otherwise.
func recordPointer(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.UnOp:
			if x.Op == token.MUL {
				v = x.X
				continue
			}
		}
		break
	}
	if _, ok := v.Type().Underlying().(*types.Pointer); !ok {
		return nil
	}
	return v
}

// namedStructOf is t as a named struct type, or nils.
func namedStructOf(t types.Type) (*types.Named, *types.Struct) {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	return named, st
}

// definedIn reports whether v is made by fn: an instruction's value or
// one of its parameters.
func definedIn(v ssa.Value, fn *ssa.Function) bool {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x.Parent() == fn
	case ssa.Instruction:
		return x.Parent() == fn
	}
	return false
}

// pointsSomewhere reports whether a value of type t may refer to memory.
func pointsSomewhere(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Basic, *types.Signature:
		return false
	}
	return true
}

// dominatesAt reports whether c runs before at on every path to at.
func dominatesAt(c, at ssa.Instruction) bool {
	cb, ab := c.Block(), at.Block()
	if cb != ab {
		return cb.Dominates(ab)
	}
	for _, x := range cb.Instrs {
		switch x {
		case c:
			return true
		case at:
			return false
		}
	}
	return false
}

// withoutCleared takes the cleared fields' labels out of data.
func withoutCleared(data Set, cleared map[clearedName]bool) Set {
	if len(cleared) == 0 {
		return data
	}
	var out Set
	for i, l := range data {
		if l.Concrete() && cleared[clearedName{l.Name, l.Pkg}] {
			if out == nil {
				out = append(Set{}, data[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return data
	}
	return out
}

// refersAny reports whether an operand of instr refers to the root.
func refersAny(instr ssa.Instruction, refers func(ssa.Value) bool) bool {
	for _, op := range instr.Operands(nil) {
		if op != nil && refers(*op) {
			return true
		}
	}
	return false
}

// callMayWriteRoot reports whether the call may write into the root
// through an argument referring to it: not when it is a catalog sink
// that writes into none of its arguments (a logger printing the record),
// nor when every callee's summary says it writes nothing there
// (callMayWrite).
func (f *family) callMayWriteRoot(call ssa.CallInstruction, refers func(ssa.Value) bool) bool {
	if !refersAny(call, refers) {
		return false
	}
	if _, ok := call.Common().Value.(*ssa.Builtin); ok {
		return true
	}
	s := f.site(call)
	if s.anon != nil {
		return true
	}
	if !s.entry.Empty() {
		return !sinkOnly(s.entry)
	}
	var sums []*Summary
	for j, a := range s.args {
		if refers(a) && f.callMayWrite(s, j, &sums) {
			return true
		}
	}
	// A receiver or argument not among s.args (a bound closure's) is
	// not told apart: any other operand referring to the root counts.
	for _, op := range call.Operands(nil) {
		if op != nil && refers(*op) && !slices.Contains(s.args, *op) {
			return true
		}
	}
	return false
}

// sinkOnlyCall reports whether call is to a catalog sink that writes
// into none of its arguments.
func (f *family) sinkOnlyCall(call ssa.Instruction) bool {
	c, ok := call.(ssa.CallInstruction)
	if !ok {
		return false
	}
	if _, ok := c.Common().Value.(*ssa.Builtin); ok {
		return false
	}
	s := f.site(c)
	return s.anon == nil && sinkOnly(s.entry)
}

// sinkOnly reports whether a catalog entry only discloses its arguments:
// it writes into none of them.
func sinkOnly(e catalog.Entry) bool {
	if e.Sink == nil || e.Writer != nil || e.Wrapper != nil || e.Copy != nil || len(e.RequestReads) > 0 {
		return false
	}
	for _, p := range e.Propagators {
		if p.Into != catalog.Results {
			return false
		}
	}
	return true
}

// noteCallClears files the fields a call clears in the root: those every
// callee's summary clears (Summary.Clears) in the record the argument
// passed for that parameter points to, when that argument is the root
// itself. The call may still write data into the root's other fields.
func (f *family) noteCallClears(cw *clearsAndWrites, call ssa.CallInstruction, root ssa.Value) {
	if _, ok := call.Common().Value.(*ssa.Builtin); ok {
		return
	}
	s := f.site(call)
	if s.anon != nil || s.fn == nil {
		return
	}
	var params []int
	for i, a := range s.args {
		if ls := f.locs(a); len(ls) == 1 && ls[0].root == root && ls[0].path == "" {
			params = append(params, i)
		}
	}
	if len(params) == 0 {
		return
	}
	sums := f.calleeSummaries(s)
	if len(sums) == 0 {
		return
	}
	for _, c := range sums[0].Clears {
		if !slices.Contains(params, c.Param) {
			continue
		}
		all := true
		for _, sum := range sums[1:] {
			all = all && slices.Contains(sum.Clears, c)
		}
		if all {
			cw.clears = append(cw.clears, fieldClear{call, c.Field})
		}
	}
}

// paramClears are the marked fields the root clears in the records its
// parameters point to, on every path to its normal returns (see
// Summary.Clears).
func (f *family) paramClears() []ParamClear {
	fn := f.root
	var rets []ssa.Instruction
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			rets = append(rets, r)
		}
	}
	if len(rets) == 0 {
		return nil
	}
	var out []ParamClear
	for i, p := range fn.Params {
		named, st := namedStructOf(deref(p.Type()))
		if st == nil || !isReference(p.Type()) || !f.anyFieldMarked(named, st) {
			continue
		}
		cw := f.clearsOf(fn, p)
		for _, c := range cw.clears {
			pc := ParamClear{i, c.field}
			if slices.Contains(out, pc) || !f.fieldMarked(named, st, c.field) {
				continue
			}
			everywhere := true
			for _, r := range rets {
				if !dominatesAt(c.by, r) || f.writtenBetween(cw, c, r) {
					everywhere = false
					break
				}
			}
			if everywhere {
				out = append(out, pc)
			}
		}
	}
	return out
}

// withoutValuesCleared takes out of data, what vals show together, the
// fields cleared where they are shown in the records they are or point
// to. A field is taken out only when one value alone holds records of
// its type: data does not say which of two it came from.
func (f *family) withoutValuesCleared(vals []ssa.Value, data Set) Set {
	if len(data) == 0 {
		return data
	}
	type byType struct {
		n       int
		cleared map[clearedName]bool
	}
	var byOwner map[clearedName]*byType
	for _, a := range vals {
		if a == nil {
			continue
		}
		ptr := recordPointer(a)
		if ptr == nil {
			continue
		}
		named, _ := namedStructOf(deref(ptr.Type()))
		if named == nil {
			continue
		}
		owner, pkg := f.e.ownerName(named)
		k := clearedName{owner, pkg}
		if byOwner == nil {
			byOwner = map[clearedName]*byType{}
		}
		bt := byOwner[k]
		if bt == nil {
			bt = &byType{}
			byOwner[k] = bt
		}
		bt.n++
		bt.cleared = f.clearedFieldsIn(a, data)
	}
	var cleared map[clearedName]bool
	for _, bt := range byOwner {
		if bt.n != 1 {
			continue
		}
		for name := range bt.cleared {
			if cleared == nil {
				cleared = map[clearedName]bool{}
			}
			cleared[name] = true
		}
	}
	return withoutCleared(data, cleared)
}

// varargCalls are the calls an element address of a local array is
// passed to, when the array is one the compiler builds for variadic
// operands: addressed only by element and sliced once, the slice only
// given to calls.
func varargCalls(addr ssa.Value) ([]ssa.Instruction, bool) {
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return nil, false
	}
	a, ok := ia.X.(*ssa.Alloc)
	if !ok || a.Referrers() == nil {
		return nil, false
	}
	var calls []ssa.Instruction
	for _, r := range *a.Referrers() {
		switch x := r.(type) {
		case *ssa.IndexAddr:
		case *ssa.Slice:
			if x.Referrers() == nil {
				return nil, false
			}
			for _, u := range *x.Referrers() {
				if _, ok := u.(ssa.CallInstruction); !ok {
					return nil, false
				}
				calls = append(calls, u)
			}
		default:
			return nil, false
		}
	}
	return calls, true
}

// clearedAt reports whether a clear of the field dominates at with
// nothing that may write into the field between them.
func (f *family) clearedAt(cw *clearsAndWrites, field string, at ssa.Instruction) bool {
	for _, c := range cw.clears {
		if c.field == field && dominatesAt(c.by, at) && !f.writtenBetween(cw, c, at) {
			return true
		}
	}
	return false
}

// mayHoldType reports whether a value of type t may hold a value of the
// named type (through pointers, collections, structs, or an interface).
func mayHoldType(t types.Type, named *types.Named, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Origin() == named.Origin() {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return true
	case *types.Pointer:
		return mayHoldType(u.Elem(), named, seen)
	case *types.Slice:
		return mayHoldType(u.Elem(), named, seen)
	case *types.Array:
		return mayHoldType(u.Elem(), named, seen)
	case *types.Map:
		return mayHoldType(u.Key(), named, seen) || mayHoldType(u.Elem(), named, seen)
	case *types.Chan:
		return mayHoldType(u.Elem(), named, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if mayHoldType(u.Field(i).Type(), named, seen) {
				return true
			}
		}
	}
	return false
}

// onlyStoredInto reports whether a field address is used only as the
// address of stores.
func onlyStoredInto(fa *ssa.FieldAddr) bool {
	if fa.Referrers() == nil {
		return true
	}
	for _, r := range *fa.Referrers() {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != fa || st.Val == fa {
			if _, dbg := r.(*ssa.DebugRef); dbg {
				continue
			}
			return false
		}
	}
	return true
}

// mayHandBack reports whether a call given the record may return data
// it reads of it: a callee with a result other than an error, unless it
// is a catalog sink that only prints.
func (f *family) mayHandBack(call ssa.CallInstruction, refers func(ssa.Value) bool) bool {
	if !refersAny(call, refers) {
		return false
	}
	if _, ok := call.Common().Value.(*ssa.Builtin); ok {
		return false
	}
	res := call.Common().Signature().Results()
	for i := 0; i < res.Len(); i++ {
		if !isError(res.At(i).Type()) {
			return !f.sinkOnlyCall(call)
		}
	}
	return false
}
