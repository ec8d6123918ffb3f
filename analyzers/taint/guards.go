package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"github.com/phivet/phivet/analyzers/vocab"
	"golang.org/x/tools/go/ssa"
)

// guardInfo holds, for one function, where disclosure checks and audits
// hold.
//
// A check holds in a block reached only through a check's success edge
// (a forward must-analysis over edges, which is dominance by the success
// branch). An audit holds at a place when an audit call is on every path
// to it, or on every path from it to a normal return; a deferred audit
// counts where its defer statement is. The success edge of a call that
// audits on success (Summary.AuditOnSuccess) is a path through an audit.
type guardInfo struct {
	entry      Guards
	checkIn    blockSet
	auditIn    blockSet
	auditAfter blockSet // audit on every path from the block's end to a return
	audits     map[ssa.Instruction]bool
	success    map[edge]bool
	checkCalls []*ssa.Call
}

// A blockSet holds one bit per basic block of one function, by the
// block's index: guards are asked about every call site, and a map by
// block cost more than the analysis it served.
type blockSet struct {
	fn   *ssa.Function
	bits []bool
}

func newBlockSet(fn *ssa.Function) blockSet {
	return blockSet{fn, make([]bool, len(fn.Blocks))}
}

// has reports whether b is in the set; a block of another function never is.
func (s blockSet) has(b *ssa.BasicBlock) bool {
	return b.Parent() == s.fn && s.bits[b.Index]
}

func (s blockSet) set(b *ssa.BasicBlock, v bool) { s.bits[b.Index] = v }

type edge struct {
	from *ssa.BasicBlock
	succ int
}

// guardsAt returns the guards that hold at instr.
func (f *family) guardsAt(instr ssa.Instruction) Guards {
	fn := instr.Parent()
	g := f.guardInfo(fn)
	b := instr.Block()
	out := Guards{Check: g.checkIn.has(b), Audit: g.auditIn.has(b) || g.auditAfter.has(b)}
	if !out.Audit && len(g.audits) > 0 {
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
		checkIn:    newBlockSet(fn),
		auditIn:    newBlockSet(fn),
		auditAfter: newBlockSet(fn),
		success:    map[edge]bool{},
	}
	if f.guards == nil {
		f.guards = make(map[*ssa.Function]*guardInfo)
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
	g.solve(fn, af)
	return g
}

// auditFacts are where a function calls audits, whatever holds at its
// entry: which instructions are audit calls (a deferred one counts at its
// defer statement), which blocks hold one, from which blocks' ends an
// audit is on every path to a normal return, which calls audit on
// success, and which edges are taken only when one of those succeeded.
type auditFacts struct {
	calls     map[ssa.Instruction]bool
	inBlock   blockSet
	after     blockSet
	ends      blockSet // blocks that call a function that never returns
	onSuccess map[*ssa.Call]*CheckRole
	success   map[edge]bool // nil until a call auditing on success is branched on
}

func (f *family) auditFacts(fn *ssa.Function) *auditFacts {
	if af, ok := f.audits[fn]; ok {
		return af
	}
	af := &auditFacts{inBlock: newBlockSet(fn), after: newBlockSet(fn), ends: f.endsPath(fn)} // calls: nil until one is found
	if f.audits == nil {
		f.audits = make(map[*ssa.Function]*auditFacts)
	}
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
			always, onSuccess := f.auditOf(call)
			if always {
				if af.calls == nil {
					af.calls = map[ssa.Instruction]bool{}
				}
				af.calls[instr] = true
				af.inBlock.set(b, true)
			} else if c, ok := instr.(*ssa.Call); ok && onSuccess != nil {
				af.addSuccess(c, onSuccess)
			}
		}
	}
	// Only paths that reach a normal return count: a place from which
	// none does (a worker's endless loop, a panic) is not audited "after"
	// by default.
	returns := canReturn(fn, af.ends)
	for _, b := range fn.Blocks {
		// A block that returns has no audit after it but its own (inBlock);
		// the others start true for the greatest fixed point.
		af.after.set(b, returns.has(b) && len(b.Succs) > 0)
	}
	for changed := true; changed; {
		changed = false
		for i := len(fn.Blocks) - 1; i >= 0; i-- {
			b := fn.Blocks[i]
			if !af.after.has(b) {
				continue // only ever goes from true to false
			}
			v := true
			for _, s := range b.Succs {
				if returns.has(s) {
					v = v && (af.inBlock.has(s) || af.after.has(s))
				}
			}
			if v != af.after.has(b) {
				af.after.set(b, v)
				changed = true
			}
		}
	}
	return af
}

// addSuccess records the edges taken only when c, which audits on
// success, succeeded: the audit is on every path through them.
func (af *auditFacts) addSuccess(c *ssa.Call, role *CheckRole) {
	if af.onSuccess == nil {
		af.onSuccess = map[*ssa.Call]*CheckRole{}
	}
	af.onSuccess[c] = role
	for _, e := range successEdges(c, role) {
		if af.success == nil {
			af.success = map[edge]bool{}
		}
		af.success[e] = true
	}
}

// canReturn reports, per block, whether a normal return is reachable
// from it; no path goes on past a block in ends.
func canReturn(fn *ssa.Function, ends blockSet) blockSet {
	out := newBlockSet(fn)
	var work []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !ends.has(b) {
			out.set(b, true)
			work = append(work, b)
		}
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, p := range b.Preds {
			if !out.has(p) && !ends.has(p) {
				out.set(p, true)
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
	return len(af.calls) > 0 && (af.inBlock.has(entry) || af.after.has(entry))
}

// entryGuards are the guards holding when fn starts: a requires
// function's body is taken as guarded, and a literal inherits what holds
// wherever it is created.
func (f *family) entryGuards(fn *ssa.Function) Guards {
	if fn.Parent() == nil {
		var g Guards
		if obj, ok := fn.Object().(*types.Func); ok && f.e.Model.Mark(obj).Requires != vocab.GuardNone {
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

// solve finds where guards hold. A predecessor in ends never reaches its
// successors (its path ended in log.Fatal, os.Exit…), so it does not
// count: `if !ok { log.Fatal(…) }` guards what follows. Code reached only
// through such calls is dead; it is judged as written, not as guarded.
func (g *guardInfo) solve(fn *ssa.Function, af *auditFacts) {
	hasAudit, ends := af.inBlock, af.ends
	entry := fn.Blocks[0]
	for _, b := range fn.Blocks {
		g.checkIn.set(b, b != entry && b != fn.Recover)
		g.auditIn.set(b, b != entry && b != fn.Recover)
	}
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks {
			if b == entry || b == fn.Recover || len(b.Preds) == 0 {
				continue
			}
			chk, aud := true, true
			live := hasLivePred(b, ends)
			for _, p := range b.Preds {
				if live && ends.has(p) {
					continue
				}
				e := edge{p, succIndex(p, b)}
				chk = chk && (g.checkIn.has(p) || g.success[e])
				aud = aud && (g.auditIn.has(p) || hasAudit.has(p) || af.success[e])
			}
			if chk != g.checkIn.has(b) || aud != g.auditIn.has(b) {
				g.checkIn.set(b, chk)
				g.auditIn.set(b, aud)
				changed = true
			}
		}
	}
}

// hasLivePred reports whether some predecessor of b is not in ends.
func hasLivePred(b *ssa.BasicBlock, ends blockSet) bool {
	for _, p := range b.Preds {
		if !ends.has(p) {
			return true
		}
	}
	return false
}

func succIndex(p, b *ssa.BasicBlock) int {
	for i, s := range p.Succs {
		if s == b {
			return i
		}
	}
	return -1
}

// auditOf says how a call records a disclosure: always (an audit, or a
// function calling one on every path), or only where it succeeds
// (onSuccess: the function audits on every path on which that result
// says success).
func (f *family) auditOf(call ssa.CallInstruction) (always bool, onSuccess *CheckRole) {
	c := call.Common()
	fn := calledFunc(c)
	if callee := c.StaticCallee(); callee != nil && callee.Parent() != nil && f.inFamily(callee) {
		// A literal called or deferred here, such as
		// defer func() { audit.Record(…) }().
		return f.alwaysAudits(callee), nil
	}
	if fn == nil {
		return f.targetsAudit(f.site(call)), nil
	}
	if f.e.Model.Mark(fn).Audit {
		return true, nil
	}
	sum := f.e.summaryOfFunc(fn)
	if sum != nil && sum.Audit {
		return true, nil
	}
	if c.IsInvoke() {
		if always, onSuccess = f.implsAudit(f.site(call)); always || onSuccess != nil {
			return always, onSuccess
		}
	}
	if sum == nil {
		return false, nil
	}
	return false, sum.AuditOnSuccess
}

// implsAudit says how every implementation an interface call reaches
// audits (declared an audit, or calling one on every path, or on every
// path on which it succeeds), as implsCheckRole does for checks: the user
// names the function that records the disclosure, and a dependency
// injection interface in front of it is how the code is wired, not
// another function (contract §3: a call through an interface reaches
// every implementation). None in sight leaves the call no audit.
func (f *family) implsAudit(s *callSite) (always bool, onSuccess *CheckRole) {
	always = len(s.impls) > 0
	for _, impl := range s.impls {
		a, r := f.e.auditRole(impl)
		if a {
			continue
		}
		if r == nil || onSuccess != nil && *r != *onSuccess {
			return false, nil
		}
		always, onSuccess = false, r
	}
	if always {
		return true, nil
	}
	return false, onSuccess
}

// targetsAudit is implsAudit for a call through a function value: every
// target it may call audits; a cut or empty set of targets does not.
func (f *family) targetsAudit(s *callSite) bool {
	if s.anon != nil {
		return f.alwaysAudits(s.anon) // a literal of this family called directly
	}
	if s.targetsCut || len(s.targets) == 0 {
		return false
	}
	for _, t := range s.targets {
		switch {
		case t.fn != nil:
			if always, _ := f.e.auditRole(t.fn); !always {
				return false
			}
		case t.sum != nil:
			if !t.sum.Audit {
				return false
			}
		case t.anon != nil:
			if !f.alwaysAudits(t.anon) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// auditRole says whether fn is an audit: marked one (in the
// configuration, by a directive, or, for a method out of the package's
// sight, as the whole program's index says), or calling one on every path
// (always); or else whether it calls one on every path on which it
// succeeds (onSuccess).
func (e *Engine) auditRole(fn *types.Func) (always bool, onSuccess *CheckRole) {
	if e.calleeOf(fn).mark.Audit {
		return true, nil
	}
	sum := e.summaryOfFunc(fn)
	if sum == nil {
		return false, nil
	}
	return sum.Audit, sum.AuditOnSuccess
}

// checkRole returns how the callee of c acts as a disclosure check, or
// nil when it is not one.
func (f *family) checkRole(c *ssa.Call) *CheckRole {
	fn := calledFunc(c.Common())
	if fn == nil {
		return f.targetsCheckRole(f.site(c))
	}
	if role := f.e.checkRoleOf(fn); role != nil || !c.Common().IsInvoke() {
		return role
	}
	return f.implsCheckRole(f.site(c))
}

// targetsCheckRole is the role the functions a call through a function
// value may call share as checks, or nil: a query closure that checks
// before it returns the data guards its caller's use of it, as calling
// the same code directly does. Every target must check; a cut or empty
// set of targets leaves the call no check.
func (f *family) targetsCheckRole(s *callSite) *CheckRole {
	if s.anon != nil {
		return f.wrapsCheck(s.anon) // a literal of this family called directly
	}
	if s.targetsCut || len(s.targets) == 0 {
		return nil
	}
	var role *CheckRole
	for _, t := range s.targets {
		var r *CheckRole
		switch {
		case t.fn != nil:
			r = f.e.checkRoleOf(t.fn)
		case t.sum != nil:
			r = t.sum.Check
		case t.anon != nil:
			r = f.wrapsCheck(t.anon)
		}
		if r == nil || role != nil && *r != *role {
			return nil
		}
		role = r
	}
	return role
}

// implsCheckRole is the role the implementations an interface call
// reaches share as checks, or nil: a service whose every implementation
// checks before it returns the data guards what its caller does on
// success, as a direct call of the implementation does (contract §3: a
// call through an interface reaches every implementation). One that does
// not check, or none in sight, leaves the call no check.
func (f *family) implsCheckRole(s *callSite) *CheckRole {
	var role *CheckRole
	for _, impl := range s.impls {
		r := f.e.checkRoleOf(impl)
		if r == nil || role != nil && *r != *role {
			return nil
		}
		role = r
	}
	return role
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
		if depth > maxVerdictSteps || v.Referrers() == nil {
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
			case *ssa.Store:
				// A named result whose address is taken (defer
				// tx.Finish(&err)): the verdict is stored, then loaded
				// back to be tested.
				if a, ok := u.Addr.(*ssa.Alloc); ok && u.Val == v {
					for _, ld := range loadsAfter(a, u) {
						visit(ld, success, depth+1)
					}
				}
			case *ssa.Phi:
				// A flag that starts false and takes the verdict on some
				// path (authorized := false; … else { authorized = ok })
				// holds the success value only where the check succeeded:
				// testing it is testing the check.
				if verdictFlag(u, v, success) {
					visit(u, success, depth+1)
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

// verdictFlag reports whether phi is v wherever it is not the constant
// !success: phi then equals success only on an edge carrying v at
// success, where the check succeeded. A flag set to anything else on
// some path (true on the failure branch, another condition) is not the
// check's verdict.
func verdictFlag(phi *ssa.Phi, v ssa.Value, success bool) bool {
	for _, e := range phi.Edges {
		if e == v {
			continue
		}
		k, ok := e.(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.Bool || constant.BoolVal(k.Value) == success {
			return false
		}
	}
	return true
}

// loadsAfter returns the loads of a that follow st in its block with no
// other write to a between: they read what st stored.
func loadsAfter(a *ssa.Alloc, st *ssa.Store) []ssa.Value {
	var out []ssa.Value
	after := false
	for _, instr := range st.Block().Instrs {
		if instr == st {
			after = true
			continue
		}
		if !after {
			continue
		}
		switch x := instr.(type) {
		case *ssa.Store:
			if x.Addr == a {
				return out
			}
		case *ssa.UnOp:
			if x.Op == token.MUL && x.X == a {
				out = append(out, x)
			}
		case ssa.CallInstruction:
			for _, arg := range x.Common().Args {
				if arg == a {
					return out // may write it
				}
			}
		}
	}
	return out
}
