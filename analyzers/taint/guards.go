package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// guardInfo holds, for one function, where disclosure checks and audits
// hold.
//
// A check holds in a block reached only through a check's success edge
// (a forward must-analysis over edges, which is dominance by the success
// branch). An audit holds at a place when an audit call is on every path
// to it, or on every path from it to a normal return; a deferred audit
// counts where its defer statement is.
type guardInfo struct {
	entry      Guards
	checkIn    map[*ssa.BasicBlock]bool
	auditIn    map[*ssa.BasicBlock]bool
	auditAfter map[*ssa.BasicBlock]bool // audit on every path from the block's end to a return
	audits     map[ssa.Instruction]bool
	success    map[edge]bool
	checkCalls []*ssa.Call
}

type edge struct {
	from *ssa.BasicBlock
	succ int
}

// guardsAt returns the guards that hold at instr.
func (f *family) guardsAt(instr ssa.Instruction) Guards {
	fn := instr.Parent()
	g := f.guardInfo(fn)
	b := instr.Block()
	out := Guards{Check: g.checkIn[b], Audit: g.auditIn[b] || g.auditAfter[b]}
	if !out.Audit {
		for _, in := range b.Instrs {
			if g.audits[in] {
				out.Audit = true
				break
			}
		}
	}
	return out.or(g.entry)
}

func (f *family) guardInfo(fn *ssa.Function) *guardInfo {
	if g, ok := f.guards[fn]; ok {
		return g
	}
	g := &guardInfo{
		checkIn:    map[*ssa.BasicBlock]bool{},
		auditIn:    map[*ssa.BasicBlock]bool{},
		auditAfter: map[*ssa.BasicBlock]bool{},
		audits:     map[ssa.Instruction]bool{},
		success:    map[edge]bool{},
	}
	f.guards[fn] = g // recursion guard for closures nested in themselves
	g.entry = f.entryGuards(fn)
	af := f.auditFacts(fn)
	g.audits, g.auditAfter = af.calls, af.after
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(*ssa.Call); ok {
				if role := f.checkRole(c); role != nil {
					g.checkCalls = append(g.checkCalls, c)
					for _, e := range successEdges(c, role) {
						g.success[e] = true
					}
				}
			}
		}
	}
	g.solve(fn, af.inBlock)
	return g
}

// auditFacts are where a function calls audits, whatever holds at its
// entry: which instructions are audit calls (a deferred one counts at its
// defer statement), which blocks hold one, and from which blocks' ends an
// audit is on every path to a normal return.
type auditFacts struct {
	calls   map[ssa.Instruction]bool
	inBlock map[*ssa.BasicBlock]bool
	after   map[*ssa.BasicBlock]bool
}

func (f *family) auditFacts(fn *ssa.Function) *auditFacts {
	if af, ok := f.audits[fn]; ok {
		return af
	}
	af := &auditFacts{calls: map[ssa.Instruction]bool{}, inBlock: map[*ssa.BasicBlock]bool{}, after: map[*ssa.BasicBlock]bool{}}
	f.audits[fn] = af // recursion guard
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if _, isGo := instr.(*ssa.Go); isGo {
				continue // an audit on another goroutine may not have happened
			}
			if f.isAuditCall(call) {
				af.calls[instr] = true
				af.inBlock[b] = true
			}
		}
	}
	// Only paths that reach a normal return count: a place from which
	// none does (a worker's endless loop, a panic) is not audited "after"
	// by default.
	returns := canReturn(fn)
	for _, b := range fn.Blocks {
		// A block that returns has no audit after it but its own (inBlock);
		// the others start true for the greatest fixed point.
		af.after[b] = returns[b] && len(b.Succs) > 0
	}
	for changed := true; changed; {
		changed = false
		for i := len(fn.Blocks) - 1; i >= 0; i-- {
			b := fn.Blocks[i]
			if !af.after[b] {
				continue // only ever goes from true to false
			}
			v := true
			for _, s := range b.Succs {
				if returns[s] {
					v = v && (af.inBlock[s] || af.after[s])
				}
			}
			if v != af.after[b] {
				af.after[b] = v
				changed = true
			}
		}
	}
	return af
}

// canReturn reports, per block, whether a normal return is reachable
// from it.
func canReturn(fn *ssa.Function) map[*ssa.BasicBlock]bool {
	out := map[*ssa.BasicBlock]bool{}
	var work []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			out[b] = true
			work = append(work, b)
		}
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, p := range b.Preds {
			if !out[p] {
				out[p] = true
				work = append(work, p)
			}
		}
	}
	return out
}

// alwaysAudits reports whether every normal return of fn passes an audit
// call.
func (f *family) alwaysAudits(fn *ssa.Function) bool {
	if len(fn.Blocks) == 0 {
		return false
	}
	af := f.auditFacts(fn)
	entry := fn.Blocks[0]
	return len(af.calls) > 0 && (af.inBlock[entry] || af.after[entry])
}

// entryGuards are the guards holding when fn starts: a requires
// function's body is taken as guarded, and a literal inherits what holds
// wherever it is created.
func (f *family) entryGuards(fn *ssa.Function) Guards {
	if fn.Parent() == nil {
		var g Guards
		if obj, ok := fn.Object().(*types.Func); ok && f.e.Model.Mark(obj).Requires != "" {
			// The body may disclose: its callers are held to the guard
			// instead (PHI2003), whatever the policy asks of a flow.
			g = Guards{Check: true, Audit: true}
		}
		return g
	}
	sites := f.closureSites[fn]
	if len(sites) == 0 {
		return Guards{}
	}
	out := Guards{Check: true, Audit: true}
	for _, mc := range sites {
		g := f.guardsAt(mc)
		out.Check = out.Check && g.Check
		out.Audit = out.Audit && g.Audit
	}
	return out
}

func (g *guardInfo) solve(fn *ssa.Function, hasAudit map[*ssa.BasicBlock]bool) {
	entry := fn.Blocks[0]
	for _, b := range fn.Blocks {
		g.checkIn[b] = b != entry && b != fn.Recover
		g.auditIn[b] = b != entry && b != fn.Recover
	}
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks {
			if b == entry || b == fn.Recover || len(b.Preds) == 0 {
				continue
			}
			chk, aud := true, true
			for _, p := range b.Preds {
				chk = chk && (g.checkIn[p] || g.success[edge{p, succIndex(p, b)}])
				aud = aud && (g.auditIn[p] || hasAudit[p])
			}
			if chk != g.checkIn[b] || aud != g.auditIn[b] {
				g.checkIn[b], g.auditIn[b] = chk, aud
				changed = true
			}
		}
	}
}

func succIndex(p, b *ssa.BasicBlock) int {
	for i, s := range p.Succs {
		if s == b {
			return i
		}
	}
	return -1
}

func (f *family) isAuditCall(call ssa.CallInstruction) bool {
	c := call.Common()
	var fn *types.Func
	if c.IsInvoke() {
		fn = c.Method
	} else if callee := c.StaticCallee(); callee != nil {
		fn, _ = callee.Object().(*types.Func)
	}
	if callee := c.StaticCallee(); callee != nil && callee.Parent() != nil && f.inFamily(callee) {
		// A literal called or deferred here, such as
		// defer func() { audit.Record(…) }().
		return f.alwaysAudits(callee)
	}
	if fn == nil {
		return false
	}
	if f.e.Model.Mark(fn).Audit {
		return true
	}
	sum := f.e.summaryOfFunc(fn)
	return sum != nil && sum.Audit
}

// checkRole returns how the callee of c acts as a disclosure check, or
// nil when it is not one.
func (f *family) checkRole(c *ssa.Call) *CheckRole {
	cc := c.Common()
	var fn *types.Func
	if cc.IsInvoke() {
		fn = cc.Method
	} else if callee := cc.StaticCallee(); callee != nil {
		fn, _ = callee.Object().(*types.Func)
	}
	if fn == nil {
		return nil
	}
	return f.e.checkRoleOf(fn)
}

func (e *Engine) checkRoleOf(fn *types.Func) *CheckRole {
	if e.Model.Mark(fn).Check {
		return roleFromSignature(fn.Type().(*types.Signature))
	}
	if sum := e.summaryOfFunc(fn); sum != nil && sum.Check != nil {
		return sum.Check
	}
	return nil
}

// roleFromSignature: success is the last bool result being true when the
// check returns a bool; otherwise its error result being nil.
func roleFromSignature(sig *types.Signature) *CheckRole {
	res := sig.Results()
	for i := res.Len() - 1; i >= 0; i-- {
		if b, ok := res.At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return &CheckRole{Result: i, Bool: true}
		}
	}
	for i := res.Len() - 1; i >= 0; i-- {
		if isError(res.At(i).Type()) {
			return &CheckRole{Result: i}
		}
	}
	return nil
}

// checkResult returns the value holding a check call's verdict, or nil
// when the program never reads it.
func checkResult(c *ssa.Call, role *CheckRole) ssa.Value {
	if _, ok := c.Type().(*types.Tuple); !ok {
		return c
	}
	for _, r := range *c.Referrers() {
		if x, ok := r.(*ssa.Extract); ok && x.Index == role.Result {
			return x
		}
	}
	return nil
}

// successEdges returns the CFG edges taken only when the check succeeded.
func successEdges(c *ssa.Call, role *CheckRole) []edge {
	v := checkResult(c, role)
	if v == nil {
		return nil
	}
	var out []edge
	var visit func(v ssa.Value, success bool, depth int)
	visit = func(v ssa.Value, success bool, depth int) {
		if depth > 8 || v.Referrers() == nil {
			return
		}
		for _, r := range *v.Referrers() {
			switch u := r.(type) {
			case *ssa.If:
				if success {
					out = append(out, edge{u.Block(), 0})
				} else {
					out = append(out, edge{u.Block(), 1})
				}
			case *ssa.UnOp:
				if u.Op == token.NOT {
					visit(u, !success, depth+1)
				}
			case *ssa.BinOp:
				other := u.Y
				if other == v {
					other = u.X
				}
				k, ok := other.(*ssa.Const)
				if !ok || (u.Op != token.EQL && u.Op != token.NEQ) {
					continue
				}
				// Comparing with true, or an error with nil, keeps the sense;
				// with false, inverts it.
				same := k.IsNil() || (k.Value != nil && k.Value.Kind() == constant.Bool && constant.BoolVal(k.Value))
				if !role.Bool && !k.IsNil() {
					continue
				}
				if !role.Bool {
					// err == nil is success; err != nil is failure.
					visit(u, u.Op == token.EQL, depth+1)
					continue
				}
				visit(u, success == (same == (u.Op == token.EQL)), depth+1)
			}
		}
	}
	if role.Bool {
		visit(v, true, 0)
	} else {
		visit(v, false, 0) // an error value itself is never branched on directly
	}
	return out
}
