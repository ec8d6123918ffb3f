package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Audits on success. A service method that reads a record, audits the
// disclosure and returns it, but returns early with an error where the
// read fails, calls no audit on its failing paths: it is no audit
// (Summary.Audit). Its caller sends the record only where the error is
// nil, and every such path went through the audit. So a function that
// calls an audit on every path on which its error result is nil audits
// on success (Summary.AuditOnSuccess), and its caller's success branch
// counts as a path through an audit (auditFacts.success), as a check's
// success branch counts as checked. It is the audit twin of a function
// returning a check's verdict (wrapsCheck).

// auditsOnSuccess is fn's error result as the success verdict of its
// audits, or nil: on every return, either an audit holds or the error
// returned is not nil. One that always audits is an audit instead.
func (f *family) auditsOnSuccess(fn *ssa.Function) *CheckRole {
	af := f.auditFacts(fn)
	if len(af.calls) == 0 && len(af.onSuccess) == 0 {
		return nil // no audit in it at all: the common case, kept cheap
	}
	res := fn.Signature.Results()
	result := -1
	for i := res.Len() - 1; i >= 0 && result < 0; i-- {
		if isError(res.At(i).Type()) {
			result = i
		}
	}
	if result < 0 {
		return nil
	}
	g := f.guardInfo(fn)
	sawReturn := false
	for _, b := range fn.Blocks {
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || b == fn.Recover || af.ends.has(b) {
			// The recover block returns after a panic: no path of the
			// code succeeds there.
			continue
		}
		sawReturn = true
		if !af.auditedIn(g, b) && !f.fails(r.Results[result], b, nil, g, af, 0) {
			return nil
		}
	}
	if !sawReturn {
		return nil
	}
	return &CheckRole{Result: result}
}

// auditedIn reports whether an audit is on every path to the end of b.
func (af *auditFacts) auditedIn(g *guardInfo, b *ssa.BasicBlock) bool {
	return g.auditIn.has(b) || af.inBlock.has(b)
}

// fails reports whether the error v, as it is at the end of block b (on
// the edge to next, when next is not nil), is not nil, or is nil only
// where an audit holds: a new error, a package's error variable, an error
// tested not nil on the way, or the error of a call that audits on
// success.
func (f *family) fails(v ssa.Value, b, next *ssa.BasicBlock, g *guardInfo, af *auditFacts, depth int) bool {
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return true // a concrete error value is never nil
	case *ssa.Call:
		if f.alwaysError(x) {
			return true
		}
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			if r := af.onSuccess[c]; r != nil && r.Result == x.Index {
				return true
			}
		}
	case *ssa.UnOp:
		if gv, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL && f.e.errorVar(gv) {
			return true
		}
		// A function with a defer returns its results through locals:
		// what is returned is what was stored last on each path.
		if a, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL && f.underFailureSteps(depth) {
			if stores, ok := lastStores(a, x.Block(), x); ok {
				for _, st := range stores {
					sb := st.Block()
					if !af.auditedIn(g, sb) && !f.fails(st.Val, sb, nil, g, af, depth+1) {
						return false
					}
				}
				return true
			}
		}
	case *ssa.Phi:
		if !f.underFailureSteps(depth) {
			return false
		}
		for i, e := range x.Edges {
			p := x.Block().Preds[i]
			if af.auditedIn(g, p) || af.success[edge{p, succIndex(p, x.Block())}] {
				continue
			}
			if !f.fails(e, p, x.Block(), g, af, depth+1) {
				return false
			}
		}
		return true
	}
	return testedNotNil(v, b, next)
}

// testedNotNil reports whether v is not nil at the end of block b (or on
// the edge from b to next, when next is not nil): the edge where a test
// of v against nil says it is not is on every path there.
func testedNotNil(v ssa.Value, b, next *ssa.BasicBlock) bool {
	if next != nil && notNilEdge(v, b, next) {
		return true
	}
	for d := b; d != nil; d = d.Idom() {
		if len(d.Preds) == 1 && notNilEdge(v, d.Preds[0], d) {
			return true
		}
	}
	return false
}

// notNilEdge reports whether the edge from p to b is taken only when v
// is not nil: p ends in if v != nil (or v == nil, to its else branch).
func notNilEdge(v ssa.Value, p, b *ssa.BasicBlock) bool {
	ifs, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
	if !ok || p.Succs[0] == p.Succs[1] {
		return false
	}
	cmp, ok := ifs.Cond.(*ssa.BinOp)
	if !ok || cmp.Op != token.NEQ && cmp.Op != token.EQL {
		return false
	}
	other := cmp.Y
	if other == v {
		other = cmp.X
	} else if cmp.X != v {
		return false
	}
	if k, ok := other.(*ssa.Const); !ok || !k.IsNil() {
		return false
	}
	notNil := p.Succs[0] // v != nil: the then branch
	if cmp.Op == token.EQL {
		notNil = p.Succs[1]
	}
	return b == notNil
}

// errorVar reports whether g is a package's error variable (var ErrNotFound
// = errors.New("…")): given a new error in its package's init and
// assigned nowhere else, so it is never nil.
func (e *Engine) errorVar(g *ssa.Global) bool {
	if v, ok := e.errorVars[g]; ok {
		return v
	}
	is := false
	if ptr, ok := g.Type().(*types.Pointer); ok && isError(ptr.Elem()) {
		if c, ok := e.initialValue(g).(*ssa.Call); ok {
			if callee, ok := calledFunc(c.Common()), !c.Common().IsInvoke(); ok && callee != nil {
				is = e.calleeOf(callee).entry.NewError
			}
		}
	}
	if e.errorVars == nil {
		e.errorVars = map[*ssa.Global]bool{}
	}
	e.errorVars[g] = is
	return is
}

// underFailureSteps reports whether fails may follow one more merge back
// from a returned error, recording the bound when it may not.
func (f *family) underFailureSteps(depth int) bool {
	if depth < maxFailureSteps {
		return true
	}
	f.reachLimit("maxFailureSteps")
	return false
}
