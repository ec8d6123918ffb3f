package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A web framework whose handlers return an error (fiber, echo) hands
// that error to its error handler, which turns it into the response
// (catalog.HandlerError). The error a handler returns therefore goes
// where the program's error handler takes it: what the function the
// program stores into the hook field does with its error parameter (its
// summary's sinks of that parameter), or, where the program stores none,
// the framework's default (a response of the message, or nothing). The
// flow is reported at the handler's return, as a served handler's is
// (served.go): the handler is where the data was obtained, and the error
// handler, called by the framework out of sight, gets it as a parameter.
// The hook is a slot (slots.go): a store in this package or one it
// imports is in sight; one in a package importing this one (main) is
// seen by the phivet command's completion step (programslots.go).

// errorHook is what the program's error handlers for one row do with
// the error: set says the program stores one (the default is then out
// of use), and sinks are their sinks of the error parameter.
type errorHook struct {
	set   bool
	sinks []ParamSink
}

// handlerErrorRow returns the row fn is a handler of, or nil: it takes
// the row's handler type, no error (an error handler is no handler), and
// returns an error last; its package does not only call it (see
// servedHandler).
func (e *Engine) handlerErrorRow(fn *ssa.Function) *catalog.HandlerError {
	rows := e.Catalog.HandlerErrors()
	res := fn.Signature.Results()
	if len(rows) == 0 || res.Len() == 0 || !isError(res.At(res.Len()-1).Type()) || e.calledOnly[fn] {
		return nil
	}
	params := fn.Signature.Params()
	for i := 0; i < params.Len(); i++ {
		if isError(params.At(i).Type()) {
			return nil
		}
	}
	for i := range rows {
		for j := 0; j < params.Len(); j++ {
			if namedIn(params.At(j).Type(), []string{rows[i].Handler}) {
				return &rows[i]
			}
		}
	}
	return nil
}

// errorHookOf returns what the program's error handlers set in row's
// hook do with the error, computed once per package.
func (e *Engine) errorHookOf(row *catalog.HandlerError) *errorHook {
	if h, ok := e.errorHooks[row.Hook]; ok {
		return h
	}
	k := "F " + row.Hook
	refs := append(slices.Clone(e.slotRefs(k)), e.programSlotRefs(k)...)
	// A hook set out of this package's sight (in main) makes the
	// completion step judge it again with the whole program's.
	e.noteSlotReads([]string{k})
	refs, read := e.expandSlots(refs, true)
	e.noteSlotReads(read)
	h := &errorHook{set: len(refs) > 0}
	for _, ref := range refs {
		arg := row.HookErr
		if ref.bound {
			arg++ // the receiver, bound, comes first
		}
		var sum *Summary
		switch {
		case ref.lit != nil:
			sum = e.literalSummary(ref.lit)
		case ref.sum != nil:
			sum = ref.sum
		case ref.fn != nil:
			sum = e.summaryOfFunc(ref.fn)
		}
		if sum == nil {
			continue
		}
		for _, ps := range sum.Sinks {
			if ps.Param == arg {
				h.sinks = append(h.sinks, ps)
			}
		}
	}
	if e.errorHooks == nil {
		e.errorHooks = map[string]*errorHook{}
	}
	e.errorHooks[row.Hook] = h
	return h
}

// handlerErrorReturn reports where the error a handler's return gives
// goes: to the sinks of the program's error handler, or, where the
// program sets none and the default sends the message, to the caller.
func (f *family) handlerErrorReturn(ret *ssa.Return, row *catalog.HandlerError) {
	if len(ret.Results) == 0 {
		return
	}
	errVal := ret.Results[len(ret.Results)-1]
	name := literalName
	if obj, ok := ret.Parent().Object().(*types.Func); ok {
		name = funcName(obj)
	}
	name = "the error " + name + " returns (" + row.What + ")"
	g := f.guardsAt(ret)
	hook := f.e.errorHookOf(row)
	if !hook.set {
		if row.DefaultSends {
			sink := SinkDesc{Name: name, Kind: vocab.KindRespond, Printer: catalog.Fmt, ToCaller: true}
			f.branchEvents(sink, errVal, g, ret.Pos(), nil, f.handlerErrorData(row, "", catalog.Fmt))
		}
		return
	}
	for _, ps := range hook.sinks {
		sink := ps.Sink
		sink.Name = name
		sink.ToCaller = sink.ToCaller || sink.Kind == vocab.KindRespond
		data := f.handlerErrorData(row, ps.Path, ps.Sink.Printer)
		ps.places(func(steps []Step) {
			f.branchEvents(sink, errVal, g.or(ps.Guards), ret.Pos(), steps, data)
		})
	}
}

// handlerErrorData returns what a returned error shows at path as
// printer prints it: nothing for an error one of the row's own
// constructors built, whose sink row judged it where it was built.
func (f *family) handlerErrorData(row *catalog.HandlerError, path string, p catalog.Printer) func(ssa.Value) Set {
	return func(v ssa.Value) Set {
		if madeBy(v, row.Own) {
			return nil
		}
		return f.e.render(f.argAt(v, path).Data, p).Concrete()
	}
}

// madeBy reports whether v, seen through conversions, is the result of
// a call of one of funcs (full names).
func madeBy(v ssa.Value, funcs []string) bool {
	call, ok := unwrap(v).(*ssa.Call)
	if !ok {
		return false
	}
	fn := calledFunc(call.Common())
	return fn != nil && slices.Contains(funcs, fn.FullName())
}

// branchEvents reports a returned value v reaching sink as data shows
// it: a value chosen on several branches (resp = deny on a failed check,
// resp = s.list() on success, one return after) is sent per branch,
// under the guards that hold where that branch ends, as a response
// written inside the branch would be.
func (f *family) branchEvents(sink SinkDesc, v ssa.Value, g Guards, pos token.Pos, via []Step, data func(ssa.Value) Set) {
	phi, ok := v.(*ssa.Phi)
	if !ok {
		f.event(sink, data(v), g, pos, via)
		return
	}
	for i, e := range phi.Edges {
		pred := phi.Block().Preds[i]
		ge := f.guardsAt(pred.Instrs[len(pred.Instrs)-1]).or(g)
		f.event(sink, data(e), ge, pos, via)
	}
}
