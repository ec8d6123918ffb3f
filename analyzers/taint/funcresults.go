package taint

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A handler may return its response instead of writing it, and a
// wrapper write it: envelope.Handle(action) returns a literal that calls
// action(c) and passes the result to c.JSON. The wrapper cannot know
// what the value returns; its caller, which passes the value
// (envelope.Handle(h.GetPatient)), often can. So the result of a call
// through a function value a parameter holds (from the function's own
// code or a literal of it: contract §3, a literal is part of the
// function enclosing it) gets a label of that parameter at the path
// funcResultPath, and a sink it reaches is a ParamSink like any
// parameter's. A call passing a function value there resolves the value
// as a call through it would be and reports, at that call, the data the
// functions it can be return of their own, under the guards that hold
// at their returns (Summary.ResultGuards); a caller passing on a
// function value it was given keeps the sink in its own summary, at its
// own parameter.

// funcResultPath is the path of a parameter's label standing for result
// k of calling the function value the parameter holds: "(k)". It is
// not a path into the value's memory: nothing is stored there (argAt),
// and a label at it meets the caller's data only through
// funcResultFlows.
func funcResultPath(k int) string { return "(" + strconv.Itoa(k) + ")" }

// funcResult returns the result of the function value a label at path
// stands for (below it: a field of the result read further on), or -1
// for any other path.
func funcResult(path string) int {
	if len(path) < 3 || path[0] != '(' {
		return -1
	}
	end := strings.IndexByte(path, ')')
	if end < 0 {
		return -1
	}
	k, err := strconv.Atoi(path[1:end])
	if err != nil {
		return -1
	}
	return k
}

// isFuncResult reports whether path is a funcResultPath or below one.
func isFuncResult(path string) bool { return len(path) > 0 && path[0] == '(' }

// funcParamOf returns the index of the root's parameter that the
// function value v is, seen through conversions and the free variables
// of the family's literals bound to it, or -1.
func (f *family) funcParamOf(v ssa.Value) int {
	for depth := 0; depth < maxFuncParamHops; depth++ {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.FreeVar:
			if bs := f.bindings[x]; len(bs) == 1 {
				v = bs[0]
				continue
			}
		case *ssa.UnOp:
			// A parameter a literal captures is spilled to a variable:
			// the call loads it back.
			if x.Op == token.MUL {
				if st := f.onlyStore(x.X); st != nil {
					v = st
					continue
				}
			}
		case *ssa.Parameter:
			if x.Parent() == f.root {
				return f.rootParam(x)
			}
		}
		return -1
	}
	return -1
}

// onlyStore returns the one value stored at addr, a local variable or a
// free variable bound to one, by the family's code, or nil (none, or a
// variable assigned again).
func (f *family) onlyStore(addr ssa.Value) ssa.Value {
	if fv, ok := addr.(*ssa.FreeVar); ok {
		bs := f.bindings[fv]
		if len(bs) != 1 {
			return nil
		}
		addr = bs[0]
	}
	a, ok := addr.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var only ssa.Value
	for _, u := range append([]ssa.Value{a}, freeVarValues(f.freeUses[a])...) {
		for _, ref := range *u.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == u {
				if only != nil {
					return nil
				}
				only = st.Val
			}
		}
	}
	return only
}

// freeVarValues returns fvs as values.
func freeVarValues(fvs []*ssa.FreeVar) []ssa.Value {
	out := make([]ssa.Value, len(fvs))
	for i, fv := range fvs {
		out[i] = fv
	}
	return out
}

// seedFuncResults gives the results of a call through a function value
// that a root's parameter holds, with no target in sight, that
// parameter's label at funcResultPath.
func (f *family) seedFuncResults(s *callSite) {
	if s.value == nil || s.fn != nil || s.sfn != nil || len(s.targets) > 0 || f.detached {
		return
	}
	i := f.funcParamOf(s.instr.Common().Value)
	if i < 0 {
		return
	}
	for k := 0; k < s.result.Len(); k++ {
		if carriesData(s.result.At(k).Type()) {
			f.setResult(s, k, Taint{Data: Set{f.funcResultLabel(i, k)}})
		}
	}
}

// funcResultLabel is the label of result k of calling the function
// value the root's parameter i holds.
func (f *family) funcResultLabel(i, k int) Label {
	return Label{Name: "the result of parameter " + f.root.Params[i].Name(), Param: i + 1, Path: funcResultPath(k)}
}

// funcResultFlows reports, at a call s of a callee whose summary says
// the result of calling the function value its parameter ps.Param holds
// reaches a sink, what the functions the call passes there return of
// their own; for a function value the caller was given itself, the sink
// becomes its own summary's.
func (f *family) funcResultFlows(s *callSite, ps ParamSink, here Guards, pos token.Pos, name string) {
	fn := s.args[ps.Param]
	guards := here.or(ps.Guards)
	if i := f.funcParamOf(fn); i >= 0 && !f.detached {
		label := f.funcResultLabel(i, funcResult(ps.Path))
		call := Step{Pos: pos, Msg: "passed to " + name}
		ps.places(func(steps []Step) { f.event(ps.Sink, Set{label}, guards, pos, prepend(call, steps)) })
		return
	}
	probe := &callSite{instr: s.instr, result: types.NewTuple(), mark: noMark, forwards: s.forwards}
	for _, t := range f.funcTargets(probe, fn) {
		data, held, what := f.returnedOwn(t, funcResult(ps.Path))
		data = f.e.render(data, ps.Sink.Printer)
		if len(data) == 0 {
			continue
		}
		call := Step{Pos: pos, Msg: "the result of " + what + " passed to " + name}
		g := guards.or(held)
		ps.places(func(steps []Step) { f.event(ps.Sink, data, g, pos, prepend(call, steps)) })
	}
}

// returnedOwn is what result k of a target of a call through a
// function value holds of the data the target obtains itself (concrete,
// not read from what its parameters refer to), the guards that hold
// wherever it returns such data, and what the target is, for messages.
func (f *family) returnedOwn(t *callSite, k int) (Set, Guards, string) {
	var results []Taint
	var fields []PathTaint
	var held Guards
	what := literalName
	switch {
	case t.anon != nil:
		results = f.returned(t.anon)
		for rp, m := range f.returnFields[t.anon] {
			fields = append(fields, PathTaint{Index: rp.index, Path: rp.path, Taint: m})
		}
		held = f.resultGuards(t.anon)
	case t.sum != nil:
		results, fields, held = t.sum.Results, t.sum.ResultFields, t.sum.ResultGuards
		if t.sumName != "" {
			what = t.sumName
		}
	case t.fn != nil:
		sum := f.e.summaryOfFunc(t.fn)
		if sum == nil {
			return nil, Guards{}, ""
		}
		results, fields, held, what = sum.Results, sum.ResultFields, sum.ResultGuards, funcName(t.fn)
	}
	b := f.e.setBuilder()
	if k >= 0 && k < len(results) {
		b.add(ownResultData(results[k].Data))
	}
	for _, pt := range fields {
		if pt.Index == k {
			b.add(ownResultData(pt.Taint.Data))
		}
	}
	return b.set(), held, what
}

// ownResultData keeps of a result's data what the function obtained
// itself: data read from its parameters is whoever passes them's (the
// wrapper's request, given back to it).
func ownResultData(s Set) Set {
	return s.filter(func(l Label) bool { return l.Concrete() && l.OwnIf == 0 })
}

// hasOwnResultData reports whether ownResultData(s) is not empty.
func hasOwnResultData(s Set) bool {
	for _, l := range s {
		if l.Concrete() && l.OwnIf == 0 {
			return true
		}
	}
	return false
}

// resultGuards returns the guards that hold at every return of fn where
// a result carries data fn obtains itself (for a result chosen on
// several branches, at the end of each branch giving such data): a
// handler returning the record only once its check passed returns it
// checked.
func (f *family) resultGuards(fn *ssa.Function) Guards {
	if !f.returnsOwn(fn) {
		return Guards{} // most functions: nothing to ask the guards about
	}
	g := f.guardInfo(fn)
	if len(g.checkCalls) == 0 && len(g.audits) == 0 && g.entry == (Guards{}) && !anyBlock(g.auditAfter) {
		return Guards{}
	}
	held, seen := Guards{Check: true, Audit: true}, false
	meet := func(at ssa.Instruction, v ssa.Value, also Guards) {
		if !hasOwnResultData(f.returnedValue(v).Data) {
			return
		}
		h := f.guardsAt(at).or(also)
		held = Guards{Check: held.Check && h.Check, Audit: held.Audit && h.Audit}
		seen = true
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		here := f.guardsAt(ret)
		for _, r := range ret.Results {
			if phi, ok := r.(*ssa.Phi); ok && phi.Block() == b {
				for i, e := range phi.Edges {
					pred := phi.Block().Preds[i]
					meet(pred.Instrs[len(pred.Instrs)-1], e, here)
				}
				continue
			}
			meet(ret, r, Guards{})
		}
	}
	if !seen {
		return Guards{}
	}
	return held
}

// returnsOwn reports whether fn returns, in a result or a result's
// field, data it obtains itself.
func (f *family) returnsOwn(fn *ssa.Function) bool {
	for _, r := range f.returns[fn] {
		if hasOwnResultData(r.Data) {
			return true
		}
	}
	for _, m := range f.returnFields[fn] {
		if hasOwnResultData(m.Data) {
			return true
		}
	}
	return false
}

// anyBlock reports whether any block is in bs.
func anyBlock(bs blockSet) bool {
	for _, in := range bs.bits {
		if in {
			return true
		}
	}
	return false
}

// returnedValue is all a returned value holds: its own data and, for a
// struct or a pointer to one, its fields'.
func (f *family) returnedValue(v ssa.Value) Taint {
	if isStruct(v.Type()) || isStructPointer(v.Type()) || isStructSlice(v.Type()) || isMap(v) {
		var all Taint
		own := f.structParts(v, func(_ string, m Taint) { all, _ = all.union(m) })
		all, _ = all.union(own)
		return all
	}
	if mi, ok := v.(*ssa.MakeInterface); ok && isStructPointer(mi.X.Type()) {
		return f.returnedValue(mi.X)
	}
	return f.taintOf(v)
}
