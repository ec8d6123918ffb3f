package taint

import (
	"go/token"
	"go/types"
	"strings"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A call through a function value read from an open slot (a callback a
// constructor kept, a handler registered by the caller) reaches what the
// package's callers store there, which it does not see: a notifier's
// method calling n.send(s) with its parameter learns from no package it
// imports what send is. Its summary says so (SlotCalls): the parameter's
// data goes, as an argument, to a call through those slots. A caller
// resolves the slots with what it sees and the callee did not (its own
// stores, those of the packages it imports beyond the callee's, and, for
// the phivet command, the rest of the program) and applies what those
// functions do with the data: a caller passing identifiable data to the
// method is then judged as if it called the stored function with it. A
// caller's own parameters' data passes the call on in its summary, for
// its callers to resolve with what only they see.

// SlotCall is a parameter's data passed to a call through a function
// value held in open slots.
type SlotCall struct {
	Param int    // parameter (receiver = 0)
	Path  string // where in the parameter the data was read
	Arg   int    // the argument of the call through the function value
	Slots []string
	// Seen is the path of the package whose sight has applied what the
	// slots hold: the callee's, or that of a caller passing the call on.
	Seen   string
	Guards Guards
	Steps  []Step // from the function's entry to the call
}

func (c SlotCall) same(o SlotCall) bool {
	return c.Param == o.Param && c.Path == o.Path && c.Arg == o.Arg && c.Seen == o.Seen && c.Guards == o.Guards &&
		strings.Join(c.Slots, " ") == strings.Join(o.Slots, " ")
}

// openSlots lists the open slots among those a call read.
func openSlots(read []string) []string {
	var out []string
	for _, k := range read {
		if openSlot(k) {
			out = append(out, k)
		}
	}
	return out
}

// noteSlotCalls records, for the summary, the parameters' data a call
// through a function value passes when the value is read from open
// slots.
func (f *family) noteSlotCalls(s *callSite, here Guards, pos token.Pos) {
	if len(s.openSlots) == 0 || s.targetsCut {
		return
	}
	for j, a := range s.args {
		for _, l := range f.taintOf(a).Data.Symbolic() {
			if l.Sanitized {
				continue
			}
			f.addSlotCall(SlotCall{Param: l.Param - 1, Path: l.Path, Arg: j, Slots: s.openSlots, Seen: f.e.Pkg.Path(),
				Guards: here, Steps: []Step{{Pos: pos, Msg: "passed to a function value"}}})
		}
	}
}

func (f *family) addSlotCall(c SlotCall) {
	for _, o := range f.sum.SlotCalls {
		if o.same(c) {
			return
		}
	}
	if len(f.sum.SlotCalls) >= maxSlotCalls {
		f.reachLimit("maxSlotCalls")
		return
	}
	f.sum.SlotCalls = append(f.sum.SlotCalls, c)
}

// applySlotCalls applies, at a call of a function with that summary,
// what the functions stored out of the callee's sight do with the data
// it passes to calls through slots.
func (f *family) applySlotCalls(s *callSite, sum *Summary, here Guards, pos token.Pos, name string) {
	call := Step{Pos: pos, Msg: "passed to " + name}
	for _, sc := range sum.SlotCalls {
		if sc.Param >= len(s.args) {
			continue
		}
		data := f.argAt(s.args[sc.Param], sc.Path).Data
		if len(data) == 0 {
			continue
		}
		g, via := here.or(sc.Guards), prepend(call, sc.Steps)
		refs := f.e.slotCallTargets(sc)
		if len(refs) <= maxFuncTargets {
			for _, ref := range refs {
				f.applySlotTarget(s, sc, ref, g, pos, via)
			}
		}
		for _, l := range data.Symbolic() {
			if !l.Sanitized {
				f.addSlotCall(SlotCall{Param: l.Param - 1, Path: l.Path, Arg: sc.Arg, Slots: sc.Slots, Seen: f.e.Pkg.Path(), Guards: g, Steps: via})
			}
		}
	}
}

// applySlotTarget applies one function a slot holds to the data of a
// slot call: the sinks it reaches with the argument the call passes.
func (f *family) applySlotTarget(s *callSite, sc SlotCall, ref funcRef, g Guards, pos token.Pos, via []Step) {
	arg := sc.Arg
	if ref.bound {
		arg++ // the receiver, bound, comes first
	}
	at := func(path string) Set { return f.argAt(s.args[sc.Param], sc.Path+path).Data }
	var sum *Summary
	switch {
	case ref.lit != nil:
		sum = f.e.literalSummary(ref.lit)
	case ref.sum != nil:
		sum = ref.sum
	case ref.fn != nil:
		name, known := funcName(ref.fn), f.e.calleeOf(ref.fn)
		if k := known.mark.Sink; k != vocab.KindNone {
			f.event(SinkDesc{Name: name, Kind: k, Printer: catalog.Fmt}, f.e.render(at(""), catalog.Fmt), g, pos, via)
		}
		if sk := known.entry.Sink; sk != nil && sk.Data.Has(arg) {
			f.event(SinkDesc{Name: name, Kind: sk.Kind, Printer: sk.Printer}, f.e.render(at(""), sk.Printer), g, pos, via)
		}
		if known.entry.Empty() {
			sum = f.e.summaryOfFunc(ref.fn)
		}
	}
	if sum == nil {
		return
	}
	for _, ps := range sum.Sinks {
		if ps.Param == arg {
			rendered := f.e.render(at(ps.Path), ps.Sink.Printer)
			ps.places(func(steps []Step) {
				f.event(ps.Sink, rendered, g.or(ps.Guards), pos, append(append([]Step{}, via...), steps...))
			})
		}
	}
}

// slotCallTargets is what the slots of a slot call hold that the package
// that applied it last did not see: what this package, the packages it
// imports beyond that one's, and (seeing the whole program) the rest of
// the program store there.
func (e *Engine) slotCallTargets(sc SlotCall) []funcRef {
	seen := map[string]bool{}
	switch pkg := e.dependencyByPath(sc.Seen); {
	case pkg == e.Pkg:
		// A function of this package, summarised with this very sight.
		return nil
	case pkg != nil:
		for _, p := range ImportClosure(pkg) {
			seen[p.Path()] = true
		}
	}
	if e.slots == nil {
		e.collectSlots()
	}
	var refs []funcRef
	for _, k := range sc.Slots {
		if !seen[e.Pkg.Path()] {
			refs = append(refs, e.slots[k]...)
		}
		for _, pkg := range e.dependencies() {
			if seen[pkg.Path()] {
				continue
			}
			for _, fs := range e.importedSlots(pkg)[k] {
				if ref, ok := e.fromFact(fs); ok {
					refs = append(refs, ref)
				}
			}
		}
		refs = append(refs, e.programSlotRefs(k)...)
	}
	// The slots themselves may be filled out of this package's sight too.
	e.noteSlotReads(sc.Slots)
	out, read := e.expandSlots(refs, true)
	e.noteSlotReads(read)
	return out
}

// ImportClosure lists pkg and the packages it imports, directly or not,
// nearest first.
func ImportClosure(pkg *types.Package) []*types.Package {
	out := []*types.Package{pkg}
	seen := map[*types.Package]bool{pkg: true}
	for i := 0; i < len(out); i++ {
		for _, imp := range out[i].Imports() {
			if !seen[imp] {
				seen[imp] = true
				out = append(out, imp)
			}
		}
	}
	return out
}
