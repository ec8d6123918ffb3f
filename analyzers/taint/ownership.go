package taint

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// An unexported function judged at each of its calls reports data it
// obtains itself (from a source, from a call returning identifiable
// data, decoded from what it reads) inside it, where the data is sunk or
// passed on, and data that comes in through its parameters or receiver
// at each call (contract §3, "Unexported functions"). The labels a
// parameter's own type and fields give are concrete like any other, so
// the family notes their origins, and a flow whose data has one of them
// is parameter data.

// fromParams reports whether v is read from the root's parameters: a
// parameter itself, or a field, element, dereference, conversion or
// merge of such values, or what a helper called with such a value hands
// back of it (the elements of a sorted or filtered copy).
func (f *family) fromParams(v ssa.Value) bool {
	return f.derivedFrom(v, 0, f.isRootParam)
}

func (f *family) isRootParam(p *ssa.Parameter, _ int) bool {
	return p.Parent() == f.root
}

// derivedFrom reports whether v is derived, by the steps fromParams
// follows, from a parameter isParam accepts.
func (f *family) derivedFrom(v ssa.Value, depth int, isParam func(*ssa.Parameter, int) bool) bool {
	if depth > maxDerivation {
		return false
	}
	d := depth + 1
	switch x := v.(type) {
	case *ssa.Parameter:
		return isParam(x, d)
	case *ssa.FreeVar:
		for _, b := range f.bindings[x] {
			if f.derivedFrom(b, d, isParam) {
				return true
			}
		}
	case *ssa.FieldAddr, *ssa.Field, *ssa.IndexAddr, *ssa.Index, *ssa.Slice,
		*ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
		return f.derivedFrom(f.e.stepOperand(x), d, isParam)
	case *ssa.Lookup:
		return f.derivedFrom(x.X, d, isParam)
	case *ssa.TypeAssert:
		return f.derivedFrom(x.X, d, isParam)
	case *ssa.UnOp:
		return x.Op == token.MUL && f.derivedFrom(x.X, d, isParam)
	case *ssa.Call:
		return f.resultDerivedFrom(x.Common(), 0, d, isParam)
	case *ssa.Extract:
		if n, ok := x.Tuple.(*ssa.Next); ok {
			return f.derivedFrom(n.Iter.(*ssa.Range).X, d, isParam)
		}
		if ta, ok := x.Tuple.(*ssa.TypeAssert); ok {
			return f.derivedFrom(ta.X, d, isParam)
		}
		if lk, ok := x.Tuple.(*ssa.Lookup); ok {
			return f.derivedFrom(lk.X, d, isParam)
		}
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return f.resultDerivedFrom(c.Common(), x.Index, d, isParam)
		}
	case *ssa.MakeSlice:
		return f.elementsDerivedFrom(x, d, isParam)
	case *ssa.Alloc:
		// A parameter whose address is taken lives in a local the
		// function stores it into on entry; a slice kept in a local
		// (captured by a closure) is filled through what is loaded.
		for _, r := range *x.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == x && f.derivedFrom(st.Val, d, isParam) {
				return true
			}
			if ld, ok := r.(*ssa.UnOp); ok && ld.Op == token.MUL && f.elementsDerivedFrom(ld, d, isParam) {
				return true
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if e != x && f.derivedFrom(e, d, isParam) {
				return true
			}
		}
	}
	return false
}

// elementsDerivedFrom reports whether a slice made in a function is
// filled with elements derived from a parameter isParam accepts.
func (f *family) elementsDerivedFrom(slice ssa.Value, depth int, isParam func(*ssa.Parameter, int) bool) bool {
	for val := range storedElements(slice) {
		if f.derivedFrom(val, depth, isParam) {
			return true
		}
	}
	return false
}

// resultDerivedFrom reports whether result i of a static call to a
// function with a body is derived from the callee's parameters where the
// call passes values derived from a parameter isParam accepts: a helper
// that hands back the elements of what it was passed.
func (f *family) resultDerivedFrom(c *ssa.CallCommon, i, depth int, isParam func(*ssa.Parameter, int) bool) bool {
	callee := c.StaticCallee()
	if callee == nil || len(callee.Params) != len(c.Args) {
		return false
	}
	for j, from := range f.resultParams(callee, i) {
		if from && f.derivedFrom(c.Args[j], depth, isParam) {
			return true
		}
	}
	return false
}

// resultParams tells, per parameter of fn, whether fn's result i is
// derived from it; worked out once per function and result, so that a
// chain of helpers is not walked again at every question.
func (f *family) resultParams(fn *ssa.Function, i int) []bool {
	key := resultKey{fn, i}
	if from, ok := f.resultFrom[key]; ok {
		return from
	}
	if f.resultFrom == nil {
		f.resultFrom = map[resultKey][]bool{}
	}
	// Recursion reaches itself as derived from nothing.
	f.resultFrom[key] = nil
	if len(fn.Blocks) == 0 || len(fn.FreeVars) > 0 {
		return nil
	}
	from := make([]bool, len(fn.Params))
	note := func(p *ssa.Parameter, _ int) bool {
		for j, q := range fn.Params {
			if q == p {
				from[j] = true
			}
		}
		return false // keep walking: every parameter is wanted
	}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			f.derivedFrom(ret.Results[i], 0, note)
		}
	}
	f.resultFrom[key] = from
	return from
}

// resultKey names one result of a function.
type resultKey struct {
	fn *ssa.Function
	i  int
}

// noteReadFrom records data read from v, for classOwnData: the labels
// a value's type or field gives it (read from the value itself), or a
// source method's result (read from its receiver).
func (f *family) noteReadFrom(v ssa.Value, data Set) {
	if len(data) == 0 {
		return
	}
	if f.readFrom == nil {
		f.readFrom = map[ssa.Value]Set{}
	}
	f.readFrom[v], _ = f.readFrom[v].Union(data)
}

// noteRecordArgData records, for classOwnData, what a callee hands back
// of a record argument's fields and methods as read from that argument:
// a helper passed a parameter's record that returns rec.FullName() or
// rec.Name, wrapped in an error or a message, returns the parameter's
// data, as the call here would have (contract §3: "what a record
// parameter's methods return"). The data names the record's type. A
// record receiver the caller has classed already (noteRecvRead) is left
// out: what the method returns of it is read from the fields its
// summary says.
func (f *family) noteRecordArgData(s *callSite, result Set, recvNoted bool) {
	conc := result.Concrete()
	if len(conc) == 0 {
		return
	}
	for j, a := range s.args {
		if j == 0 && recvNoted || !f.e.Model.IsRecord(a.Type()) {
			continue
		}
		prefix, pkg := recvName(a.Type())+".", recvPkg(a.Type())
		for _, l := range conc {
			if l.Record || l.Pkg != pkg || !strings.HasPrefix(l.Name, prefix) {
				continue
			}
			if field := l.Name[len(prefix):]; isFieldName(field) {
				f.noteFieldsRead(a, []string{"." + field}, Set{l})
			} else {
				f.noteReadFrom(a, Set{l})
			}
		}
	}
}

// noteCalleeParamData records, for classOwnData, the data a callee hands
// back or writes through its arguments that it had itself read from its
// parameters (an unexported helper's parameter data) as read from the
// arguments: passed this root's parameters, it is this root's parameter
// data too. Which parameter it came from is not kept, so it is noted
// against every argument, and counts only where one holds parameter data.
func (f *family) noteCalleeParamData(s *callSite, sum *Summary, data Set) {
	if len(sum.paramOrigins) == 0 {
		return
	}
	read := data.Concrete().filter(func(l Label) bool {
		return l.Origin != nil && sum.paramOrigins[*l.Origin]
	})
	if len(read) == 0 {
		return
	}
	for _, a := range s.args {
		f.noteReadFrom(a, read)
	}
}

// classOwnData notes, once the state is solved, which of the data read
// in the family is read from the root's parameters: read from a value
// that is a parameter or derived from one by field, element or pointer
// steps, or that holds a parameter's data (a helper's result that hands
// back a parameter's elements) where a record's identifiable data is
// (holdsParamRecordData).
func (f *family) classOwnData() {
	if !f.e.inlinable[f.root] {
		return
	}
	for range maxOwnershipPasses {
		// Decided for the whole pass before any is noted, so that the
		// answer does not depend on the map's order.
		var found []Set
		for from, data := range f.readFrom {
			base := from
			switch x := base.(type) {
			case *ssa.FieldAddr:
				base = x.X
			case *ssa.Field:
				base = x.X
			}
			if !f.holdsParamData(data) && (f.fromParams(base) || f.holdsParamRecordData(base)) {
				found = append(found, data)
			}
		}
		for from, fr := range f.readFromFields {
			if !f.holdsParamData(fr.data) && (f.fromParams(from) || f.holdsParamData(f.fieldsData(from, fr.paths))) {
				found = append(found, fr.data)
			}
		}
		if len(found) == 0 {
			return
		}
		for _, data := range found {
			f.noteParamData(data)
		}
	}
}

// noteParamData records the origins of data read from the parameters of
// a function judged at its calls.
func (f *family) noteParamData(data Set) {
	for _, l := range data {
		if l.Origin == nil || !l.Concrete() {
			continue
		}
		if f.paramOrigins == nil {
			f.paramOrigins = map[Step]bool{}
		}
		f.paramOrigins[*l.Origin] = true
	}
}

// holdsParamData reports whether data holds a parameter's data: a
// parameter's symbolic label, or a concrete label read from the
// parameters (see classOwnData).
func (f *family) holdsParamData(data Set) bool {
	for _, l := range data {
		if !l.Concrete() || l.Origin != nil && f.paramOrigins[*l.Origin] {
			return true
		}
	}
	return false
}

// splitOwnData splits concrete data into the function's own and what it
// read from its parameters (see classOwnData).
func (f *family) splitOwnData(conc Set) (own, params Set) {
	own = conc.filter(func(l Label) bool { return !f.holdsParamData(Set{l}) })
	if len(own) == len(conc) {
		return own, nil
	}
	return own, conc.filter(func(l Label) bool { return f.holdsParamData(Set{l}) })
}

// argsFromParams reports whether a call passes on, in an argument that
// carries concrete data, the root's parameters' data: a callee's flow of
// its own parameters' data is then parameter data here too.
func (f *family) argsFromParams(s *callSite) bool {
	for _, a := range s.args {
		data := f.taintOf(a).Data
		if len(data.Concrete()) > 0 && (f.fromParams(a) || f.holdsParamData(data)) {
			return true
		}
	}
	return false
}

// stepOperand returns the value v reads a field, element or slice of,
// or converts or boxes, which is the first of its operands (X); nil for
// any other value. The walks that ask it run over every value of a
// family, so it reads the operands into a buffer of the engine rather
// than allocate.
func (e *Engine) stepOperand(v ssa.Value) ssa.Value {
	switch v.(type) {
	case *ssa.FieldAddr, *ssa.Field, *ssa.IndexAddr, *ssa.Index, *ssa.Slice,
		*ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
		e.operandBuf = v.(ssa.Instruction).Operands(e.operandBuf[:0])
		return *e.operandBuf[0]
	}
	return nil
}
