package taint

import (
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// collect finds, once the state is solved, every place where data
// reaches a sink in the family, directly or through a callee: concrete
// data becomes a Flow judged here (or, for an inlinable function, at each
// of its calls); a parameter's data becomes part of the summary.
func (f *family) collect() {
	f.classOwnData()
	f.sum.paramOrigins = f.paramOrigins
	for _, fn := range f.funcs {
		var served *servedRole           // a framework's handler: its returns are responses
		var errRow *catalog.HandlerError // a handler whose error the framework handles
		if !f.e.Dependency {
			served = f.e.servedAs(fn)
			errRow = f.e.handlerErrorRow(fn)
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				f.orderAt(instr)
				switch x := instr.(type) {
				case *ssa.Return:
					if served != nil && x.Pos().IsValid() {
						f.servedReturn(x, served)
					}
					if errRow != nil && x.Pos().IsValid() {
						f.handlerErrorReturn(x, errRow)
					}
				case *ssa.Panic:
					if f.e.Dependency {
						continue
					}
					pos := x.Pos()
					if s, ok := f.e.starts[pos]; ok {
						pos = s
					}
					s := f.e.Catalog.Lookup(panicBuiltin, "", false).Sink
					if s == nil || f.e.printsConstant(x.X, s.Printer) {
						continue
					}
					desc := SinkDesc{Name: panicBuiltin, Kind: s.Kind, Printer: s.Printer}
					f.event(desc, f.e.render(f.taintOf(x.X).Data, s.Printer), f.guardsAt(x), pos, nil)
				case *ssa.Send:
					// A channel that leads somewhere (a producer's input,
					// wherever it is held). What is sent on it does not
					// make it lead anywhere (see destOf).
					if dest := f.destOf(x.Chan); dest != (Dest{}) {
						f.writeEvent("send on channel", catalog.Raw, dest, f.taintOf(x.X).Data, f.guardsAt(x), x.Pos(), nil, 0)
					}
				case *ssa.Store:
					f.collectWriterField(x)
				case ssa.CallInstruction:
					f.collectCall(x)
				}
			}
		}
	}
	f.orderAt(nil)
}

// collectWriterField handles a store into a field the catalog lists as
// a writer of the value holding it (an outgoing request's Body): what is
// stored is written where that value writes, as a writer call's data is.
func (f *family) collectWriterField(x *ssa.Store) {
	named, field, ok := namedField(x.Addr)
	if !ok || !f.e.Catalog.IsWriterField(named.Obj().Pkg().Path()+"."+named.Obj().Name(), field) {
		return
	}
	dest := f.taintOf(x.Addr.(*ssa.FieldAddr).X).Dest
	if dest == (Dest{}) {
		return
	}
	name := named.Obj().Pkg().Name() + "." + named.Obj().Name() + "." + field
	f.writeEvent(name, catalog.Raw, dest, f.printedArg(x.Val, "", catalog.Raw), f.guardsAt(x), x.Pos(), nil, 0)
}

func (f *family) collectCall(instr ssa.CallInstruction) {
	c := instr.Common()
	pos := f.e.callStart(instr)
	if b, ok := c.Value.(*ssa.Builtin); ok {
		// A built-in the catalog lists as a sink (print, println). A call
		// of panic here is deferred or in a go statement: only the
		// panics SSA makes instructions of (above) are reported.
		if s := f.e.Catalog.Lookup(b.Name(), "", false).Sink; s != nil && b.Name() != panicBuiltin && !f.e.Dependency {
			var data Set
			for i, a := range c.Args {
				if s.Data.Has(i) {
					data, _ = data.Union(f.e.render(f.taintOf(a).Data, s.Printer))
				}
			}
			f.event(SinkDesc{Name: b.Name(), Kind: s.Kind, Printer: s.Printer}, data, f.guardsAt(instr), pos, nil)
		}
		return
	}
	s := f.site(instr)
	f.noteUnfollowed(s, pos)
	here := f.guardsAt(instr)
	f.noteSlotCalls(s, here, pos)
	f.noteIfaceCalls(s, here, pos)
	for _, t := range s.carried {
		f.collectSite(t, here, pos)
	}
	if s.anon != nil || s.fn == nil && len(s.targets) == 0 {
		return
	}
	f.collectSite(s, here, pos)
	for _, t := range s.targets {
		f.collectSite(t, here, pos)
	}
}

// panicBuiltin is the catalog's name of the built-in an ssa.Panic calls.
const panicBuiltin = "panic"

// literalName names a function literal reached through a function value.
const literalName = "a function literal"

// collectSite finds what one callee of a call reaches.
func (f *family) collectSite(s *callSite, here Guards, pos token.Pos) {
	if s.sum != nil {
		name := s.sumName
		if name == "" {
			name = literalName
		}
		f.applyCalleeFlows(s, s.sum, here, pos, name, vocab.KindNone, false)
		f.collectFuncCalls(s, s.sum, nil, here, pos)
		return
	}
	if s.anon != nil || s.fn == nil {
		return
	}
	instr := s.instr
	name := funcName(s.fn)
	if r := s.mark.Requires; r != vocab.GuardNone {
		f.emit(Flow{Requires: r, Callee: name, Pos: pos, Guards: here,
			Steps: []Step{{Pos: pos, Msg: name + " requires a " + guardWord(r) + " here"}}})
	}
	if f.isCheckCallee(s.fn) {
		f.checkIgnored(instr, s, pos)
	}
	responds := s.entry.Sink != nil && s.entry.Sink.Kind == vocab.KindRespond
	if k := s.mark.Sink; k != vocab.KindNone {
		data := f.argData(s, catalog.From(receiverCount(s.fn)), catalog.Fmt)
		f.event(SinkDesc{Name: name, Kind: k, Printer: catalog.Fmt, ToCaller: k == vocab.KindRespond || responds}, data, here, pos, nil)
	}
	if sk := s.entry.Sink; sk != nil {
		f.event(SinkDesc{Name: name, Kind: sk.Kind, Printer: sk.Printer, ToCaller: responds}, f.argData(s, sk.Data, sk.Printer), here, pos, nil)
	}
	for _, u := range s.entry.URLs {
		if u.Arg < len(s.args) {
			data := f.taintOf(s.args[u.Arg]).Data
			f.event(SinkDesc{Name: name, Kind: vocab.KindTransmit, URL: true}, data, here, pos, nil)
		}
	}
	if w := s.entry.Writer; w != nil && w.Dest < len(s.args) {
		dest := f.taintOf(s.args[w.Dest]).Dest
		data := f.argData(s, w.Data, w.Printer)
		f.writeEvent(name, w.Printer, dest, data, here, pos, nil, 0)
	}
	if s.entry.Empty() {
		if sum := f.e.summaryOfFunc(s.fn); sum != nil {
			// A callee marked a sink discloses here, at its call: a sink
			// of the same kind inside it (the file a configured logger
			// writes to) is the same disclosure, not a second one.
			f.applyCalleeFlows(s, sum, here, pos, name, s.mark.Sink, s.entry.IO)
			f.collectFuncCalls(s, sum, s.fn, here, pos)
		}
	}
	for _, impl := range s.impls {
		implName := funcName(impl)
		if k := f.e.Model.Mark(impl).Sink; k != vocab.KindNone {
			data := f.argData(s, catalog.From(1), catalog.Fmt)
			f.event(SinkDesc{Name: implName, Kind: k, Printer: catalog.Fmt}, data, here, pos, nil)
		}
		if sum := f.e.summaryOfFunc(impl); sum != nil {
			f.applyCalleeFlows(s, sum, here, pos, implName, vocab.KindNone, f.e.calleeOf(impl).entry.IO)
			f.collectFuncCalls(s, sum, impl, here, pos)
		}
	}
}

func (f *family) isCheckCallee(fn *types.Func) bool {
	return f.e.checkRoleOf(fn) != nil
}

// applyCalleeFlows brings the flows of a callee's summary to this call,
// but for its sinks of the kind covered (vocab.KindNone for none), which
// the call itself reports. A callee of an I/O package (io) brings only
// the calls of what the caller gave it: its own sinks (a driver writing
// the statement and its arguments to its connection, or logging them)
// are the service's storage, which is no disclosure (see
// catalog.IOPackage), whether or not the data survives its encoders.
func (f *family) applyCalleeFlows(s *callSite, sum *Summary, here Guards, pos token.Pos, name string, covered vocab.Kind, io bool) {
	f.passUnfollowed(s, sum, pos)
	f.applySlotCalls(s, sum, here, pos, name)
	f.applyIfaceCalls(s, sum, here, pos, name)
	if io {
		return
	}
	call := Step{Pos: pos, Msg: "passed to " + name}
	for _, ps := range sum.Sinks {
		if ps.Param >= len(s.args) || covered != vocab.KindNone && ps.Sink.Kind == covered && !ps.Sink.URL {
			continue
		}
		if isFuncResult(ps.Path) {
			f.funcResultFlows(s, ps, here, pos, name)
			continue
		}
		data := f.printedArg(s.args[ps.Param], ps.Path, ps.Sink.Printer)
		if ps.Cond != 0 {
			c, keep := f.condAt(s, ps.Cond)
			if !keep {
				continue
			}
			data = withCond(data, c)
		}
		ps.places(func(steps []Step) { f.event(ps.Sink, data, here.or(ps.Guards), pos, prepend(call, steps)) })
	}
	for _, ws := range sum.Writes {
		if ws.Dest >= len(s.args) {
			continue
		}
		dest := f.destOf(s.args[ws.Dest])
		data := f.e.render(f.subst(s, Taint{Data: ws.Data}).Data, ws.Sink.Printer)
		reported := ws.Reported
		if covered != vocab.KindNone {
			reported |= kindBit(covered)
		}
		f.writeEvent(ws.Sink.Name, ws.Sink.Printer, dest, data, here.or(ws.Guards), pos, prepend(call, ws.Steps), reported)
	}
	if s.sfn != nil && f.e.inlinable[s.sfn] {
		for _, fl := range sum.internal {
			if covered != vocab.KindNone && fl.Sink.Kind == covered && !fl.Sink.URL {
				continue
			}
			// What the callee read of its arguments is judged with them:
			// the caller's own request, answered to it, is no flow.
			fl.Data = f.resolveOwnIf(s, fl.Data)
			if fl.Sink.ToCaller || fl.Sink.Kind == vocab.KindRespond {
				if fl.Data = fl.Data.filter(func(l Label) bool { return !l.Own }); len(fl.Data) == 0 {
					continue
				}
			}
			if !fl.Own {
				// The records the call passes, shown without the fields
				// cleared in them where the call is (cleared.go).
				fl.Data = f.withoutValuesCleared(s.args, fl.Data)
			}
			if len(fl.Data) == 0 && fl.Requires == vocab.GuardNone {
				// All it read, this call's arguments hold nothing in (a
				// literal given only constants, contract §3: a record
				// holds what the code put there): no data, no flow. An unguarded
				// requires call is one whatever its arguments.
				continue
			}
			fl.Guards = fl.Guards.or(here)
			fl.Steps = prepend(call, fl.Steps)
			if !fl.Own {
				// The callee's parameters' data: reported at this call,
				// and, judged here, this function's own data unless it
				// came in through its parameters too.
				fl.Pos = pos
				fl.Own = f.e.inlinable[f.root] && !f.argsFromParams(s)
			}
			f.emit(fl)
		}
	}
}

// Elided is the Where of the step standing for the calls cut from a
// long path.
const Elided = "…"

// prepend returns steps with s in front, cut to maxSteps.
func prepend(s Step, steps []Step) []Step {
	if len(steps)+1 <= maxSteps {
		return append([]Step{s}, steps...)
	}
	out := make([]Step, 0, maxSteps)
	out = append(out, s, Step{Where: Elided, Msg: "… calls omitted …"})
	return append(out, steps[len(steps)-(maxSteps-2):]...)
}

// writeEvent handles data written to a destination: a sink for each
// known kind of destination, a summary entry for a parameter's. The
// kinds in reported (see WriterSink.Reported) were reported at the sink
// call the write is inside.
func (f *family) writeEvent(name string, p catalog.Printer, dest Dest, data Set, g Guards, pos token.Pos, via []Step, reported uint8) {
	if len(data) == 0 {
		return
	}
	for k := vocab.KindLog; k <= vocab.KindRespond; k++ {
		if dest.has(k) && reported&kindBit(k) == 0 {
			f.event(SinkDesc{Name: name, Kind: k, Printer: p}, data, g, pos, via)
		}
	}
	for i := 0; i < 64; i++ {
		if dest.Params&(1<<i) != 0 {
			written := data
			if i < len(f.root.Params) {
				if k := f.e.typeDest(f.root.Params[i].Type()); k != vocab.KindNone && dest.has(k) {
					// The parameter's type makes it a sink of that kind
					// (an http.ResponseWriter): the data found here was
					// reported here, and every caller's destination is
					// the same kind. Only its callers' data is theirs to
					// report.
					written = data.filter(func(l Label) bool { return !l.Concrete() })
				}
			}
			if len(written) == 0 {
				continue
			}
			steps := append(append([]Step{}, via...), Step{Pos: pos, Msg: "written by " + name})
			f.addWrite(WriterSink{Dest: i, Data: written, Sink: SinkDesc{Name: name, Printer: p}, Guards: g, Steps: steps, Reported: reported})
		}
	}
}

// event records data reaching a sink at pos: concrete data as a flow,
// parameters' data as summary entries.
func (f *family) event(desc SinkDesc, data Set, g Guards, pos token.Pos, via []Step) {
	if desc.ToCaller || desc.Kind == vocab.KindRespond {
		// The caller's own data, sent back in the response to its
		// request, discloses nothing (contract §3).
		data = data.filter(func(l Label) bool { return !l.Own })
	}
	if len(data) == 0 {
		return
	}
	sinkStep := Step{Pos: pos, Msg: "reaches " + desc.Kind.String() + " sink " + desc.Name}
	if desc.URL {
		sinkStep.Msg = "goes into a URL built by " + desc.Name
	}
	// In a function judged at its calls, its own data and its
	// parameters' data are distinct flows, reported apart.
	own, params := data.Concrete(), Set(nil)
	if f.e.inlinable[f.root] {
		own, params = f.splitOwnData(own)
	}
	for i, conc := range []Set{own, params} {
		if len(conc) == 0 {
			continue
		}
		fl := Flow{Sink: desc, Data: conc.Identifying(), Pos: pos, Guards: g}
		if len(fl.Data) == 0 {
			fl.Data, fl.Sanitized = conc, true
		}
		fl.Own = f.e.inlinable[f.root] && i == 0
		if o := fl.Data[0].Origin; o != nil && (o.Pos.IsValid() || o.Where != "") {
			fl.Steps = append(fl.Steps, *o)
		}
		fl.Steps = append(fl.Steps, via...)
		if len(via) == 0 {
			fl.Steps = append(fl.Steps, sinkStep)
		}
		f.emit(fl)
	}
	for _, l := range data.Symbolic() {
		if l.Sanitized {
			continue
		}
		steps := append([]Step{}, via...)
		if len(via) == 0 {
			steps = append(steps, sinkStep)
		}
		sink := desc
		if l.Rendered != catalog.Raw {
			sink.Printer = l.Rendered // the printer the caller's data meets first
		}
		f.addSink(ParamSink{Param: l.Param - 1, Path: l.Path, Sink: sink, Guards: g, Steps: steps, Cond: l.Cond})
	}
}

// emit records a flow: judged here (once the family's summary is final,
// see cycles.go), or kept for the callers of an inlinable function.
func (f *family) emit(fl Flow) {
	if f.detached {
		return
	}
	if f.e.inlinable[f.root] {
		f.sum.internal = append(f.sum.internal, fl)
		return
	}
	f.flows = append(f.flows, fl)
}

// addSink adds ps to the summary's sinks. An entry with the same key
// reached at another place keeps that place's steps too (ParamSink.More).
func (f *family) addSink(ps ParamSink) {
	for i := range f.sum.Sinks {
		if o := &f.sum.Sinks[i]; o.sameSink(ps) {
			f.addSinkPlace(o, ps.Steps)
			return
		}
	}
	f.sum.Sinks = append(f.sum.Sinks, ps)
}

// addSinkPlace adds the place steps ends at to o's, unless o has it.
func (f *family) addSinkPlace(o *ParamSink, steps []Step) {
	at := SinkPlace(steps)
	if SinkPlace(o.Steps) == at {
		return
	}
	for _, st := range o.More {
		if SinkPlace(st) == at {
			return
		}
	}
	if len(o.More) == maxSinkPlaces-1 {
		f.reachLimit("maxSinkPlaces")
		return
	}
	// A fresh slice: o may share its array with the summary a previous
	// pass built, which callers may hold.
	o.More = append(o.More[:len(o.More):len(o.More)], steps)
}

func (f *family) addWrite(ws WriterSink) {
	for i, o := range f.sum.Writes {
		if o.Dest == ws.Dest && o.Sink == ws.Sink && o.Guards == ws.Guards && o.Reported == ws.Reported {
			f.sum.Writes[i].Data, _ = o.Data.Union(ws.Data)
			return
		}
	}
	f.sum.Writes = append(f.sum.Writes, ws)
}

// buildSummary records what the root returns and writes through its
// parameters.
func (f *family) buildSummary() {
	f.sum.Results = append([]Taint(nil), f.returned(f.root)...)
	if !f.detached {
		f.sum.ResultFuncs = f.e.returnedLiterals(f.root)
	}
	f.sum.Passes = f.e.passedParams(f.root)
	f.sum.Queries = f.queryResults(f.root)
	for i, from := range f.accessorParams(f.root) {
		if from != notAccessor && from != 0 {
			f.sum.Accessors = append(f.sum.Accessors, AccessorResult{Result: i, From: from})
		}
	}
	for k, t := range f.returnFields[f.root] {
		f.sum.ResultFields = append(f.sum.ResultFields, PathTaint{Index: k.index, Path: k.path, Taint: t})
	}
	f.dropFreshRecords() // after ResultFields: what a Fresh result carries decides
	for i, p := range f.root.Params {
		byValue := !isReference(p.Type())
		if byValue && !isStruct(p.Type()) {
			continue
		}
		for _, root := range f.paramRoots(p, byValue) {
			for path, t := range f.stored(root) {
				if byValue && !sharedBelow(p.Type(), path) {
					continue // the callee's own copy
				}
				// Reading a parameter back into itself is not writing.
				t.Data = t.Data.filter(func(l Label) bool { return l.Param != i+1 || l.Path != path })
				t.Dest = Dest{}
				if !t.empty() {
					f.sum.Outs = append(f.sum.Outs, PathTaint{Index: i, Path: path, Taint: t})
				}
			}
		}
	}
	f.sum.ResultFields = cutSummaryPaths(f.sum.ResultFields)
	sortPaths(f.sum.ResultFields)
	f.sum.ResultAliases = f.resultAliases()
	f.sum.ParamLinks = f.paramLinks()
	f.sum.Outs = widenOuts(cutSummaryPaths(f.sum.Outs))
	f.sum.Sinks = widenSinks(f.sum.Sinks)
	f.sum.ResultGuards = f.resultGuards(f.root)
	f.sum.Clears = f.paramClears()
}

// cutSummaryPaths cuts the paths of what a summary returns and writes to
// maxPathParts parts, as label paths are cut, merging what the cut makes
// equal: the shorter path stands for everything below it. Memory paths
// inside a function may run to maxPath characters, and a function walking
// a recursive type (a YAML node's Content[].Content[]…) otherwise returns
// or writes one level deeper on each pass over its cycle, so the cycle
// never settles and is cut at maxCyclePasses, each pass solving its
// members again.
func cutSummaryPaths(ps []PathTaint) []PathTaint {
	deep := false
	for _, p := range ps {
		if cutPath(p.Path) != p.Path {
			deep = true
			break
		}
	}
	if !deep {
		return ps
	}
	kept := make([]PathTaint, 0, len(ps))
	at := map[resultPath]int{}
	for _, p := range ps {
		p.Path = cutPath(p.Path)
		k := resultPath{p.Index, p.Path}
		if i, ok := at[k]; ok {
			kept[i].Taint, _ = kept[i].Taint.union(p.Taint)
			continue
		}
		at[k] = len(kept)
		kept = append(kept, p)
	}
	return kept
}

// widenOuts bounds the paths a summary writes through each parameter, as
// widen bounds the paths a set reads: a function walking a recursive
// type (a tree of walkers, each holding spares of its own kind)
// otherwise writes through hundreds of paths, one per level until
// maxPath, and each of its calls stores through each of them. What the
// cut paths write is merged at the shorter path, which stands for
// everything below it.
//
// The cut stops at a parameter's fields (outFloor): merged at the
// parameter itself, what a method writes into any of its receiver's
// fields would be stored over the whole receiver at every call, so each
// field read after the call, and each sink the callee reaches through
// one, would carry every other field's data (a document's font table
// reaching the font parser's log with the page text written into the
// same document). The fields of a type are finitely many, so the paths
// kept stay finite.
func widenOuts(outs []PathTaint) []PathTaint {
	outs = cutCrowded(outs, outFloor,
		func(o PathTaint) int { return o.Index },
		func(o *PathTaint) *string { return &o.Path },
		func(kept []PathTaint, o PathTaint) []PathTaint {
			for i, k := range kept {
				if k.Index == o.Index && k.Path == o.Path {
					kept[i].Taint, _ = k.Taint.union(o.Taint)
					return kept
				}
			}
			return append(kept, o)
		})
	sortPaths(outs)
	return outs
}

// widenSinks bounds, likewise, the paths of a parameter that reach one
// sink under one guard: a function handing a whole parser or encoder
// state to a panic message otherwise reaches it through hundreds of
// paths, each substituted at every call. Of the entries a cut makes
// equal, the first keeps its steps.
func widenSinks(sinks []ParamSink) []ParamSink {
	type group struct {
		param  int
		sink   SinkDesc
		guards Guards
	}
	return cutCrowded(sinks, 0,
		func(ps ParamSink) group { return group{ps.Param, ps.Sink, ps.Guards} },
		func(ps *ParamSink) *string { return &ps.Path },
		func(kept []ParamSink, ps ParamSink) []ParamSink {
			for i, k := range kept {
				if k.Param == ps.Param && k.Path == ps.Path && k.Sink == ps.Sink && k.Guards == ps.Guards {
					if k.Cond != ps.Cond {
						kept[i].Cond = 0 // reached under either: under neither known
					}
					return kept
				}
			}
			return append(kept, ps)
		})
}

// outFloor is the fewest parts widenOuts cuts a written path to: one
// field of the parameter.
const outFloor = 1

// cutCrowded cuts the paths of every group of more than maxParamPaths
// items a part at a time, deepest first, down to floor parts, until no
// group has more; merge adds an item to those kept, folding it into one
// it now equals.
func cutCrowded[T any, G comparable](items []T, floor int, group func(T) G, path func(*T) *string, merge func(kept []T, it T) []T) []T {
	counts := map[G]int{}
	crowded := func() bool {
		clear(counts)
		over := false
		for _, it := range items {
			g := group(it)
			counts[g]++
			over = over || counts[g] > maxParamPaths
		}
		return over
	}
	for depth := maxPathParts; depth >= floor && crowded(); depth-- {
		kept := items[:0]
		for _, it := range items {
			if counts[group(it)] > maxParamPaths {
				p := path(&it)
				*p = truncatePath(*p, depth)
			}
			kept = merge(kept, it)
		}
		items = kept
	}
	return items
}

func sortPaths(ps []PathTaint) {
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Index != ps[j].Index {
			return ps[i].Index < ps[j].Index
		}
		return ps[i].Path < ps[j].Path
	})
}

func funcName(fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), "*"
		}
		pkg := ""
		if fn.Pkg() != nil {
			pkg = fn.Pkg().Name() + "."
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return "(" + ptr + pkg + n.Obj().Name() + ")." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

func receiverCount(fn *types.Func) int {
	if fn.Type().(*types.Signature).Recv() != nil {
		return 1
	}
	return 0
}

func guardWord(g vocab.Guard) string {
	if g == vocab.GuardAudit {
		return "audit call"
	}
	return "disclosure check"
}

// sharedBelow reports whether path, below a struct passed by value, goes
// through a field that refers to memory (a pointer, a map, a slice, an
// interface): a write there is into what the caller's struct refers to
// too (a value receiver's w.inner.data[k] = v), not into the callee's
// copy.
func sharedBelow(t types.Type, path string) bool {
	for path != "" {
		var part string
		if strings.HasPrefix(path, "[") {
			end := strings.IndexByte(path, ']')
			if end < 0 {
				return false
			}
			part, path = path[:end+1], path[end+1:]
		} else {
			end := strings.IndexAny(path[1:], ".[")
			if end < 0 {
				part, path = path, ""
			} else {
				part, path = path[:end+1], path[end+1:]
			}
		}
		t = typeAtPath(t, part)
		if t == nil {
			return false
		}
		if path != "" && isReference(t) {
			return true
		}
	}
	return false
}

// paramRoots are the memory roots standing for parameter p: p itself, and
// for a struct passed by value, the locals holding only a copy of it (SSA
// copies a value receiver into a local whose fields it addresses).
func (f *family) paramRoots(p *ssa.Parameter, byValue bool) []ssa.Value {
	roots := []ssa.Value{p}
	if !byValue {
		return roots
	}
	for _, a := range f.root.Locals {
		if onlyStored(a) == p {
			roots = append(roots, a)
		}
	}
	return roots
}
