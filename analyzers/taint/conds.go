package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Constant-argument conditions. A client library's request helper takes
// the HTTP method as a parameter and puts the request's parameters into
// the URL only on its GET branch (if method == "GET" { u += "?" + q }),
// while every caller passes "POST". A summary is the same for every
// caller, so without more the GET branch's URL is every caller's.
//
// A parameter's data that reaches a merge (a phi) along an edge that only
// runs when one of the function's own parameters equals, or differs
// from, a constant keeps that condition in its label (Label.Cond), and
// carries it wherever the label goes: into a sink reached (ParamSink), a
// result, an out-write. At a call (subst, applyCalleeFlows) a condition
// whose argument is a constant is decided: false drops the data, true
// drops the condition; an argument that is the caller's own parameter
// passes the condition on, renamed to that parameter; any other argument
// drops the condition and keeps the data. A parameter is an SSA value
// assigned once, so the condition holds wherever the data goes after the
// edge. Only the nearest condition of an edge is kept: a weaker
// condition than the path's drops no more, so it stays sound. Only the
// value crossing the edge is conditioned: what memory a pointer made on
// the branch refers to holds (a strings.Reader of the query) stays
// every caller's.
//
// A label's condition is a byte beside its flags: an index + 1 into the
// engine's table, below factConds. What the engine hands out (Result)
// numbers them instead from factConds into the summary's own table
// (Summary.Conds, in first-use order, so a fact is deterministic), and
// an importer takes them into its own table (importConds). A condition
// at or past factConds that was not taken in is another table's, and
// counts as none: the data is kept.

// Cond is a parameter compared with a constant: Param's value equals Val
// (Neg: differs from it). Val is the constant's exact string.
type Cond struct {
	Param int
	Neg   bool
	Val   string
	val   constant.Value
}

// condKey is a Cond without its value, which Val says.
type condKey struct {
	param int
	neg   bool
	val   string
}

// internCond returns the index + 1 of c in the engine's table of
// conditions, adding it; 0 past maxConds.
func (e *Engine) internCond(c Cond) uint8 {
	k := condKey{c.Param, c.Neg, c.Val}
	if i, ok := e.condIdx[k]; ok {
		return i
	}
	if len(e.conds) >= maxConds {
		return 0
	}
	if e.condIdx == nil {
		e.condIdx = make(map[condKey]uint8)
	}
	e.conds = append(e.conds, c)
	i := uint8(len(e.conds))
	e.condIdx[k] = i
	return i
}

// cond returns condition i (0 < i < factConds).
func (e *Engine) cond(i uint8) Cond { return e.conds[i-1] }

// factConds is the first index of a summary's own table of conditions
// (Summary.Conds): the engine's table is below it.
const factConds = maxConds + 1

// decide says whether condition i holds for the argument a call passes:
// decided is false unless the argument is a constant of the condition's
// kind.
func (e *Engine) decide(i uint8, arg ssa.Value) (holds, decided bool) {
	c := e.cond(i)
	k, ok := arg.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != c.val.Kind() {
		return false, false
	}
	return constant.Compare(k.Value, token.EQL, c.val) != c.Neg, true
}

// condAt is what becomes of condition i (of the callee's parameter) at a
// call: 0 when no condition stays (decided true, or an argument that is
// not a parameter of the caller's root), keep false when it is decided
// false.
func (f *family) condAt(s *callSite, i uint8) (c uint8, keep bool) {
	if i >= factConds {
		return 0, true
	}
	cd := f.e.cond(i)
	if cd.Param >= len(s.args) {
		return 0, true
	}
	arg := s.args[cd.Param]
	if holds, decided := f.e.decide(i, arg); decided {
		return 0, holds
	}
	if p, ok := arg.(*ssa.Parameter); ok && p.Parent() == f.root {
		for j, q := range f.root.Params {
			if q == p {
				return f.e.internCond(Cond{Param: j, Neg: cd.Neg, Val: cd.Val, val: cd.val}), true
			}
		}
	}
	return 0, true
}

// withCond sets condition c on the parameters' labels of d that have
// none (a concrete label is data of no parameter of the function).
func withCond(d Set, c uint8) Set {
	if c == 0 {
		return d
	}
	n := 0
	for _, l := range d {
		if !l.Concrete() && l.Cond == 0 {
			n++
		}
	}
	if n == 0 {
		return d
	}
	out := make(Set, len(d))
	copy(out, d)
	for i := range out {
		if !out[i].Concrete() && out[i].Cond == 0 {
			out[i].Cond = c
		}
	}
	// Labels alike but for their conditions may now be out of order, or
	// one.
	slices.SortFunc(out, func(a, b Label) int { return compareLabels(&a, &b) })
	return out.dedupe()
}

// dedupe drops the labels equal to the one before (s is sorted).
func (s Set) dedupe() Set {
	kept := s[:0]
	for _, l := range s {
		if len(kept) > 0 && compareLabels(&l, &kept[len(kept)-1]) == 0 {
			continue
		}
		kept = append(kept, l)
	}
	return kept
}

// edgeValue is t, phi's value along edge i, with the condition of the
// edge on its parameters' data. The answer is kept for the next pass,
// which mostly brings the same set.
func (f *family) edgeValue(phi *ssa.Phi, i int, t Taint) Taint {
	if len(t.Data) == 0 || f.blockConds() == nil || phi.Block().Parent() != f.root {
		return t
	}
	k := edgeKey{phi, i}
	if m, ok := f.edgeMemo[k]; ok && len(m.in) == len(t.Data) && sameArray(m.in, t.Data) {
		t.Data = m.out
		return t
	}
	in := t.Data
	if c := f.edgeCond(phi.Block(), i); c != 0 {
		t.Data = withCond(t.Data, c)
	}
	if f.edgeMemo == nil {
		f.edgeMemo = map[edgeKey]edgeMemo{}
	}
	f.edgeMemo[k] = edgeMemo{in, t.Data}
	return t
}

// edgeKey is an edge into a phi; edgeMemo what edgeValue last made of
// the data along it.
type (
	edgeKey struct {
		phi *ssa.Phi
		i   int
	}
	edgeMemo struct{ in, out Set }
)

// edgeCond is the condition under which the root's block b is entered
// from its predecessor number i: the condition of the branch taking
// that edge, or else the one its predecessor runs under (0: none).
func (f *family) edgeCond(b *ssa.BasicBlock, i int) uint8 {
	if b.Parent() != f.root {
		return 0
	}
	conds := f.blockConds()
	if conds == nil {
		return 0
	}
	p := b.Preds[i]
	br := conds[p.Index]
	if _, _, ok := paramTest(p); ok && p.Succs[0] != p.Succs[1] {
		br = branch{p, b == p.Succs[1]}
	}
	if br.test == nil {
		return 0
	}
	// Interned only here, where data crosses the edge, so that a
	// package's tests that no data depends on take no room in the
	// table.
	c, v, _ := paramTest(br.test)
	c.Neg = c.Neg != br.neg
	for j, q := range f.root.Params {
		if q == v {
			c.Param = j
			return f.e.internCond(c)
		}
	}
	return 0
}

// branch is a block ending in a parameter test (paramTest) and which way
// it went: to its second successor if neg. A nil test: none.
type branch struct {
	test *ssa.BasicBlock
	neg  bool
}

// blockConds gives each block of the root the nearest branch on a
// parameter test that dominates it, or nil when the root tests no
// parameter against a constant, which is most functions.
func (f *family) blockConds() []branch {
	if f.condsDone {
		return f.conds
	}
	f.condsDone = true
	tests := false
	for _, b := range f.root.Blocks {
		if _, _, ok := paramTest(b); ok {
			tests = true
			break
		}
	}
	if !tests {
		return nil
	}
	conds := make([]branch, len(f.root.Blocks))
	for _, b := range f.root.DomPreorder() {
		if len(b.Preds) == 1 {
			// Entered only from p: if p tests a parameter and branches
			// both ways, b runs only where the test went b's way.
			if p := b.Preds[0]; p.Succs[0] != p.Succs[1] {
				if _, _, ok := paramTest(p); ok {
					conds[b.Index] = branch{p, b == p.Succs[1]}
					continue
				}
			}
		}
		if d := b.Idom(); d != nil {
			conds[b.Index] = conds[d.Index]
		}
	}
	f.conds = conds
	return conds
}

// paramTest reports whether block b ends in an if on a parameter
// compared (== or !=) with a string, integer or bool constant, or on a
// bool parameter itself: the condition for its first successor and the
// parameter.
func paramTest(b *ssa.BasicBlock) (Cond, *ssa.Parameter, bool) {
	if len(b.Instrs) == 0 {
		return Cond{}, nil, false
	}
	iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return Cond{}, nil, false
	}
	if p, ok := iff.Cond.(*ssa.Parameter); ok {
		v := constant.MakeBool(true)
		return Cond{Val: v.ExactString(), val: v}, p, true
	}
	x, ok := iff.Cond.(*ssa.BinOp)
	if !ok || x.Op != token.EQL && x.Op != token.NEQ {
		return Cond{}, nil, false
	}
	p, ok := x.X.(*ssa.Parameter)
	k, ok2 := x.Y.(*ssa.Const)
	if !ok || !ok2 {
		p, ok = x.Y.(*ssa.Parameter)
		k, ok2 = x.X.(*ssa.Const)
	}
	if !ok || !ok2 || k.Value == nil || !comparableBasic(p.Type()) {
		return Cond{}, nil, false
	}
	switch k.Value.Kind() {
	case constant.String, constant.Int, constant.Bool:
	default:
		return Cond{}, nil, false
	}
	return Cond{Neg: x.Op == token.NEQ, Val: k.Value.ExactString(), val: k.Value}, p, true
}

// comparableBasic: a string, integer or bool type, named or not.
func comparableBasic(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsString|types.IsInteger|types.IsBoolean) != 0
}
