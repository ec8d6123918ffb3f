package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// findRoles decides whether the root is itself a check (it returns a
// check's verdict on every path) or an audit (it calls an audit on every
// path to a normal return, or on every path on which it succeeds), so
// that wrappers guard like what they wrap, across packages too.
func (f *family) findRoles() {
	fn := f.root
	f.sum.Check = f.wrapsCheck(fn)
	f.sum.Audit = f.alwaysAudits(fn)
	if !f.sum.Audit {
		f.sum.AuditOnSuccess = f.auditsOnSuccess(fn)
	}
}

// wrapsCheck is fn's role as a check, or nil: fn returns a check's
// verdict on every path. A literal under way (one calling itself through
// a variable) is no check while it is judged.
func (f *family) wrapsCheck(fn *ssa.Function) *CheckRole {
	if f.rolesUnderWay[fn] {
		return nil
	}
	if f.rolesUnderWay == nil {
		f.rolesUnderWay = map[*ssa.Function]bool{}
	}
	f.rolesUnderWay[fn] = true
	defer delete(f.rolesUnderWay, fn)
	g := f.guardInfo(fn)
	if role := roleFromSignature(fn.Signature); role != nil && len(g.checkCalls) > 0 && f.returnsVerdict(fn, role, g) {
		return role
	}
	return nil
}

// returnsVerdict reports whether every return of fn says "permitted" only
// by passing on a check's verdict or where a check holds.
func (f *family) returnsVerdict(fn *ssa.Function, role *CheckRole, g *guardInfo) bool {
	sawReturn := false
	for _, b := range fn.Blocks {
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || role.Result >= len(r.Results) || b == fn.Recover {
			// The recover block returns after a panic a deferred call
			// recovered: no path of the code says "permitted" there.
			continue
		}
		sawReturn = true
		if !f.verdictOK(r.Results[role.Result], role, g, b, g.checkIn.has(b), 0) {
			return false
		}
	}
	return sawReturn
}

func (f *family) verdictOK(v ssa.Value, role *CheckRole, g *guardInfo, b *ssa.BasicBlock, checked bool, depth int) bool {
	if f.isCheckVerdict(v) {
		return true
	}
	switch x := v.(type) {
	case *ssa.Const:
		if role.Bool {
			if x.Value != nil && x.Value.Kind() == constant.Bool && !constant.BoolVal(x.Value) {
				return true // false: not permitted
			}
		} else if !x.IsNil() {
			return true
		}
	case *ssa.Phi:
		if depth > 8 {
			return false
		}
		for i, e := range x.Edges {
			p := x.Block().Preds[i]
			ok := g.checkIn.has(p) || g.success[edge{p, succIndex(p, x.Block())}]
			if !f.verdictOK(e, role, g, p, ok, depth+1) {
				return false
			}
		}
		return true
	case *ssa.MakeInterface:
		if !role.Bool {
			return true // a concrete error value is never nil
		}
	case *ssa.Call:
		if !role.Bool && f.alwaysError(x) {
			return true
		}
	case *ssa.UnOp:
		// A named result whose address is taken (defer tx.Finish(&err))
		// lives in a local: what is returned is what was stored last.
		if a, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL && depth <= 8 {
			if stores, ok := lastStores(a, b, x); ok {
				for _, st := range stores {
					sb := st.Block()
					ok := g.checkIn.has(sb) || sb == b && checked
					if !f.verdictOK(st.Val, role, g, sb, ok, depth+1) {
						return false
					}
				}
				return true
			}
		}
	}
	return checked
}

// lastStores finds the stores into a that the load ld, in block b, may
// read: the last one before it in b, or else the last in each
// predecessor, walking back through blocks without one. False when a
// path reaches the entry or a loop without a store, or a block holds a
// call that may write a through its address.
func lastStores(a *ssa.Alloc, b *ssa.BasicBlock, ld ssa.Instruction) ([]*ssa.Store, bool) {
	var out []*ssa.Store
	seen := map[*ssa.BasicBlock]bool{}
	var walk func(b *ssa.BasicBlock, before ssa.Instruction, depth int) bool
	walk = func(b *ssa.BasicBlock, before ssa.Instruction, depth int) bool {
		if seen[b] {
			return false
		}
		if depth > maxStoreWalk {
			return false // widens only: see maxStoreWalk
		}
		seen[b] = true
		end := len(b.Instrs)
		if before != nil {
			for i, instr := range b.Instrs {
				if instr == before {
					end = i
					break
				}
			}
		}
		for i := end - 1; i >= 0; i-- {
			switch x := b.Instrs[i].(type) {
			case *ssa.Store:
				if x.Addr == a {
					out = append(out, x)
					return true
				}
			case *ssa.Call, *ssa.Go:
				for _, op := range x.(ssa.CallInstruction).Common().Args {
					if op == a {
						return false // may write it
					}
				}
			}
		}
		if len(b.Preds) == 0 {
			return false
		}
		for _, p := range b.Preds {
			if !walk(p, nil, depth+1) {
				return false
			}
		}
		return true
	}
	return out, walk(b, ld, 0)
}

// isCheckVerdict reports whether v is the verdict of a check call.
func (f *family) isCheckVerdict(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Call:
		r := f.checkRole(x)
		return r != nil && checkResult(x, r) == v
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			r := f.checkRole(c)
			return r != nil && r.Result == x.Index
		}
	}
	return false
}

// alwaysError reports whether a call builds a new, non-nil error: the
// catalog says which functions do (errors.New).
func (f *family) alwaysError(c *ssa.Call) bool {
	callee := c.Common().StaticCallee()
	if callee == nil {
		return false
	}
	obj, ok := callee.Object().(*types.Func)
	return ok && f.e.calleeOf(obj).entry.NewError
}

// checkIgnored records a check call whose verdict is ignored: called as
// a statement, deferred, assigned to _, or never branched on.
func (f *family) checkIgnored(instr ssa.CallInstruction, s *callSite, pos token.Pos) {
	if f.detached {
		return // judged in the enclosing function
	}
	c, ok := instr.(*ssa.Call)
	if ok {
		role := f.checkRole(c)
		if role == nil {
			role = f.e.checkRoleOf(s.fn)
		}
		if role != nil {
			if v := checkResult(c, role); v != nil && branchedOn(v) {
				return
			}
		}
	}
	f.ignored = append(f.ignored, IgnoredCheck{Pos: pos, Check: funcName(s.fn)})
}

// branchedOn reports whether a check's verdict v is used as the contract
// counts it: branched on, returned or stored (in a field, a variable, a
// map or a channel), directly or through negation, comparison, a phi or a
// call that turns it into a bool or an error (errors.Is). Passing it to
// a function that prints it is not using it.
func branchedOn(v ssa.Value) bool {
	seen := map[ssa.Value]bool{}
	var visit func(v ssa.Value) bool
	visit = func(v ssa.Value) bool {
		if seen[v] || v.Referrers() == nil {
			return false
		}
		seen[v] = true
		for _, r := range *v.Referrers() {
			switch u := r.(type) {
			case *ssa.If, *ssa.Return, *ssa.MapUpdate, *ssa.Send:
				return true
			case *ssa.Store:
				// Into a field or a variable; an element of a literal
				// (the ...any of a print call) is not storing it.
				if _, elem := u.Addr.(*ssa.IndexAddr); !elem {
					return true
				}
			case *ssa.UnOp, *ssa.BinOp, *ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface, *ssa.TypeAssert, *ssa.Extract:
				if visit(u.(ssa.Value)) {
					return true
				}
			case *ssa.Call:
				if rt := u.Type(); isError(rt) || isBool(rt) {
					if visit(u) {
						return true
					}
				}
			}
		}
		return false
	}
	return visit(v)
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}
