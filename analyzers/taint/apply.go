package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// Applying a callee's summary at a call: its results, the fields of the
// results, what it writes through its arguments, and what it writes to a
// destination argument that is not a sink, each instantiated with what
// the caller passed (subst).

// applySummary replaces the callee's symbolic labels by what this call
// passes, for its results and what it writes through its arguments.
func (f *family) applySummary(s *callSite, sum *Summary) {
	recvRecord := f.e.inlinable[f.root] && s.fn != nil && receiverCount(s.fn) == 1 && len(s.args) > 0 &&
		f.e.Model.IsRecord(s.args[0].Type())
	for i, t := range sum.Results {
		if i == 0 && f.loadsNothing(s) {
			continue
		}
		st := f.substResult(s, i, t)
		if i < s.result.Len() {
			st.Data = f.e.retype(st.Data, s.result.At(i).Type())
		}
		if recvRecord {
			// What a record's method returns is read from the record.
			f.noteRecvRead(s, sum, i, st.Data.Concrete())
		}
		if f.e.inlinable[f.root] {
			f.noteRecordArgData(s, st.Data, recvRecord)
			f.noteCalleeParamData(s, sum, st.Data)
		}
		f.setResult(s, i, st)
	}
	defer f.unorderedReads()()
	// Every write is instantiated before any is stored. The reads here are
	// unordered, so the fixed point is the same either way, but a store
	// touches the argument's memory, which made each later instantiation
	// read it again instead of from argAt's memo: a parser's state,
	// written through two dozen paths each naming the same few dozen of
	// its fields, was read that many times over at every call.
	// Nothing is stored yet, so a taint the summary lists twice (one
	// state copied into two dozen fields) instantiates alike.
	var done substMemo
	fields := make([]Taint, len(sum.ResultFields))
	var ownResults uint64 // an accessor's results of own arguments (setResult)
	if len(sum.ResultFields) > 0 {
		ownResults = f.ownAccessorResults(s)
	}
	var held [][]heldPart // a kept pointer's memory, part by part (heldparts.go)
	for i, rf := range sum.ResultFields {
		if rf.Index == 0 && f.loadsNothing(s) {
			continue
		}
		if root := f.resultRoot(s, rf.Index); root != nil {
			fields[i] = done.subst(f, s, rf.Taint)
			if rf.Index < 64 && ownResults&(1<<rf.Index) != 0 {
				fields[i].Data = fields[i].Data.markOwn()
			} else if arg := heldArgument(s, rf.Taint); arg != nil {
				if parts, ok := f.heldParts(arg, loc{root, rf.Path}); ok {
					if held == nil {
						held = make([][]heldPart, len(sum.ResultFields))
					}
					held[i] = parts
				}
			}
		}
	}
	outs := make([]Taint, len(sum.Outs))
	for i, o := range sum.Outs {
		if o.Index < len(s.args) {
			outs[i] = done.subst(f, s, o.Taint)
		}
	}
	for i, rf := range sum.ResultFields {
		if rf.Index == 0 && f.loadsNothing(s) {
			continue
		}
		if root := f.resultRoot(s, rf.Index); root != nil {
			if held != nil && held[i] != nil {
				f.storeHeld(loc{root, rf.Path}, held[i], fields[i].Dest)
				continue
			}
			f.store(loc{root, rf.Path}, fields[i])
		}
	}
	for i, o := range sum.Outs {
		if o.Index >= len(s.args) {
			continue
		}
		st := outs[i]
		if f.e.inlinable[f.root] {
			f.noteCalleeParamData(s, sum, st.Data)
		}
		ls := f.locs(s.args[o.Index])
		if len(ls) > 1 && f.outStoredAgain(s, sum, i, st) {
			if f.e.verifyReads {
				before := f.clock
				for _, l := range ls {
					f.store(loc{l.root, l.path + o.Path}, st)
				}
				if f.clock != before {
					panic("taint: a skipped store of an Out would have changed memory at " + s.instr.String())
				}
			}
			continue
		}
		arg := heldArgument(s, o.Taint)
		for _, l := range ls {
			at := loc{l.root, l.path + o.Path}
			if arg != nil {
				if parts, ok := f.heldParts(arg, at); ok {
					f.storeHeld(at, parts, st.Dest)
					continue
				}
			}
			f.store(at, st)
		}
	}
	f.keepWritten(s, sum)
	f.linkResults(s, sum)
}

// substMemo remembers the taints one call's writes were instantiated to,
// while the memory they read from stays as it is.
type substMemo []struct{ from, to Taint }

func (m *substMemo) subst(f *family, s *callSite, t Taint) Taint {
	for _, e := range *m {
		if e.from.Dest == t.Dest && len(e.from.Data) == len(t.Data) &&
			(sameArray(e.from.Data, t.Data) || sameSet(e.from.Data, t.Data)) {
			return e.to
		}
	}
	out := f.subst(s, t)
	*m = append(*m, struct{ from, to Taint }{t, out})
	return out
}

// keepWritten stores what the callee writes to a destination parameter
// into the argument when that is not a sink, as a catalog writer's call
// does: a buffer a document serialiser wrote into (through a wrapping
// bufio.Writer, flushed) holds the document afterwards.
func (f *family) keepWritten(s *callSite, sum *Summary) {
	for _, ws := range sum.Writes {
		if ws.Dest >= len(s.args) || f.destOf(s.args[ws.Dest]).Kinds != 0 {
			continue
		}
		data := f.e.render(f.subst(s, Taint{Data: ws.Data}).Data, ws.Sink.Printer)
		for _, l := range f.locs(s.args[ws.Dest]) {
			f.store(loc{l.root, l.path + elemPath}, Taint{Data: data})
		}
	}
}

// substResult instantiates result i of a call. A struct, or a pointer to
// one, that the callee reads out of what a parameter refers to (return
// &d.Items[i]) keeps its fields apart, as a struct loaded from memory
// does: each field's data in the argument is stored under the result,
// where a field read finds it, instead of the whole element's data being
// the result's own.
func (f *family) substResult(s *callSite, i int, t Taint) Taint {
	var elem types.Type
	if i < s.result.Len() {
		elem = s.result.At(i).Type()
		if p, ok := elem.Underlying().(*types.Pointer); ok {
			elem = p.Elem()
		}
	}
	root := f.resultRoot(s, i)
	if root == nil || elem == nil || !isStruct(elem) {
		return f.subst(s, t)
	}
	fieldwise := func(l Label) bool {
		j := l.Param - 1
		return !l.Concrete() && !l.Sanitized && l.Rendered == catalog.Raw && j < len(s.args) && isReference(s.args[j].Type())
	}
	out := f.subst(s, Taint{Data: t.Data.filter(func(l Label) bool { return !fieldwise(l) }), Dest: t.Dest})
	for _, l := range t.Data {
		if fieldwise(l) {
			w := f.loadElem(s.args[l.Param-1], l.Path, elem, []ssa.Value{root})
			out.Data, _ = out.Data.Union(w.Data)
		}
	}
	return out
}

// resultRoot is the value whose memory holds the fields of result i of
// a call: the call itself, or the Extract of that result from its tuple.
func (f *family) resultRoot(s *callSite, i int) ssa.Value {
	if s.value == nil {
		return nil
	}
	if s.result.Len() == 1 {
		return s.value
	}
	for _, r := range *s.value.Referrers() {
		if x, ok := r.(*ssa.Extract); ok && x.Index == i {
			return x
		}
	}
	return nil
}

// retype drops the labels a fact brought without their type (types do
// not travel in facts) when the result's static type gives that label
// with its type, so that the type's printing methods apply.
func (e *Engine) retype(data Set, t types.Type) Set {
	tl := e.typeLabel(t, 0, "")
	if tl == nil {
		return data
	}
	return data.filter(func(l Label) bool {
		return l.typ != nil || !l.Concrete() || !(l.Record || l.Name == tl.Name && l.Pkg == tl.Pkg)
	})
}

// subst instantiates a summary taint at a call.
func (f *family) subst(s *callSite, t Taint) Taint {
	data := f.e.setBuilder()
	data.add(f.resolveOwnIf(s, t.Data.Concrete()))
	for _, l := range t.Data.Symbolic() {
		if i := l.Param - 1; i < len(s.args) {
			var d Set
			if l.Rendered != catalog.Raw {
				d = f.printedArg(s.args[i], l.Path, l.Rendered)
			} else {
				d = f.argAt(s.args[i], l.Path).Data
			}
			if l.Sanitized {
				d = d.Sanitize()
			}
			if l.Cond != 0 {
				c, keep := f.condAt(s, l.Cond)
				if !keep {
					continue
				}
				d = withCond(d, c)
			}
			data.add(d)
		}
	}
	out := Taint{Data: data.set(), Dest: Dest{Kinds: t.Dest.Kinds}}
	for i := 0; i < len(s.args) && i < 64; i++ {
		if t.Dest.Params&(1<<i) != 0 {
			out.Dest, _ = out.Dest.union(f.taintOf(s.args[i]).Dest)
		}
	}
	return out
}
