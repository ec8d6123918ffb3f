package explain

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
)

// guardCall is a call of a check, an audit or a sanitizer in a function
// on a flow's path.
type guardCall struct {
	call     *ast.CallExpr
	in       *ast.BlockStmt // the body of the function it is in
	fn       *types.Func
	guard    vocab.Guard // a check or an audit; GuardNone for a sanitizer
	sanitize bool        // a sanitizer
	derived  string      // how phivet knows it is one when not marked: "it returns a check's result"
	deferred bool
	ignored  bool // a check whose result is dropped
}

// considerGuards lists the checks, audits and sanitizers that stand near
// the flow, each with why it did or did not make the flow acceptable.
// Checks and audits are looked for in the function where the flow is
// judged (the guards that count are those holding there); sanitizers in
// every function of the package the path passes through.
func considerGuards(p flowmap.Package, mdl *model.Model, fl taint.Flow, at func(token.Pos) string) []Guard {
	judged, ok := enclosingScope(p.Files, fl.Pos)
	if !ok || p.Info == nil {
		return []Guard{{Role: "check", Verdict: "the flow is judged outside a function; phivet cannot show which guards were considered"}}
	}
	bodies := []*ast.BlockStmt{judged.body}
	for _, s := range fl.Steps {
		if sc, ok := enclosingScope(p.Files, s.Pos); ok && !slices.Contains(bodies, sc.body) {
			bodies = append(bodies, sc.body)
		}
	}
	calls := guardCalls(p, mdl, bodies)
	switch {
	case fl.Requires != vocab.GuardNone:
		// Only the guard the function requires counts; there is no data.
		return judgeGuards(p, fl, judged, fl.Requires, calls, at)
	case fl.Sink.URL:
		// Guards do not help data put into a URL (PHI1004): only a
		// sanitizer does.
		return judgeSanitizers(p, fl, calls, at)
	}
	var out []Guard
	for _, guard := range vocab.GuardWords {
		out = append(out, judgeGuards(p, fl, judged, guard, calls, at)...)
	}
	out = append(out, judgeSanitizers(p, fl, calls, at)...)
	return out
}

// guardCalls finds the calls of checks, audits and sanitizers in the
// function bodies.
func guardCalls(p flowmap.Package, mdl *model.Model, bodies []*ast.BlockStmt) []guardCall {
	var out []guardCall
	for _, body := range bodies {
		ast.Inspect(body, func(n ast.Node) bool {
			var call *ast.CallExpr
			deferred, ignored := false, false
			switch n := n.(type) {
			case *ast.DeferStmt:
				call, deferred = n.Call, true
			case *ast.ExprStmt:
				call, _ = ast.Unparen(n.X).(*ast.CallExpr)
				ignored = true
			case *ast.AssignStmt:
				if len(n.Rhs) == 1 && allBlank(n.Lhs) {
					call, _ = ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
					ignored = true
				}
			case *ast.CallExpr:
				call = n
			}
			if call == nil {
				return true
			}
			// Callee, not StaticCallee: a check called through an
			// interface (a configured or marked (pkg.Iface).M) is one too.
			fn, _ := typeutil.Callee(p.Info, call).(*types.Func)
			if fn == nil {
				return true
			}
			if g, ok := roleOf(p, mdl, fn); ok {
				g.call, g.in, g.deferred = call, body, deferred
				g.ignored = ignored && g.guard == vocab.GuardCheck
				if !containsCall(out, call) {
					out = append(out, g)
				}
			}
			return true
		})
	}
	return out
}

func allBlank(es []ast.Expr) bool {
	for _, e := range es {
		if id, ok := e.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

func containsCall(gs []guardCall, c *ast.CallExpr) bool {
	for _, g := range gs {
		if g.call == c {
			return true
		}
	}
	return false
}

// roleOf says whether fn is a check, an audit or a sanitizer: marked by a
// directive or the configuration, or, for the package's own functions,
// found to be one by the engine (a wrapper returning a check's result, a
// function auditing on every path).
func roleOf(p flowmap.Package, mdl *model.Model, fn *types.Func) (guardCall, bool) {
	mk := mdl.Mark(fn)
	switch {
	case mk.Check:
		return guardCall{fn: fn, guard: vocab.GuardCheck}, true
	case mk.Audit:
		return guardCall{fn: fn, guard: vocab.GuardAudit}, true
	case mk.Sanitize:
		return guardCall{fn: fn, sanitize: true}, true
	}
	if p.Flow == nil || p.Flow.Result == nil {
		return guardCall{}, false
	}
	s := p.Flow.Summaries[fn.Origin()]
	switch {
	case s == nil:
	case s.Check != nil:
		return guardCall{fn: fn, guard: vocab.GuardCheck, derived: "it returns a check's result"}, true
	case s.Audit:
		return guardCall{fn: fn, guard: vocab.GuardAudit, derived: "it calls an audit on every path"}, true
	}
	return guardCall{}, false
}

// judgeGuards gives the verdict of each check (or audit) called in the
// judged function, from what the engine recorded: whether one holds at
// the sink. Why one does not is read from the syntax.
func judgeGuards(p flowmap.Package, fl taint.Flow, judged scope, guard vocab.Guard, calls []guardCall, at func(token.Pos) string) []Guard {
	holds := fl.Guards.Hold(guard)
	role := guard.String()
	what := article(guard)
	var before []guardCall
	var out []Guard
	// deferredHolds: a deferred audit, or one after the sink, is what
	// holds, so no other need be looked for.
	deferredHolds := false
	for _, g := range calls {
		if g.guard != guard || g.in != judged.body {
			continue
		}
		gd := Guard{Role: role, Name: funcName(g.fn), Position: at(g.call.Pos()), pos: g.call.Pos()}
		switch {
		case g.deferred:
			gd.Holds = holds
			gd.Verdict = fmt.Sprintf("is deferred: it runs when %s returns", judged.label)
			if holds {
				deferredHolds = true
				gd.Verdict += "; " + what + " holds at the sink"
			} else {
				gd.Verdict += ", after the sink, so it does not count for it"
			}
		case g.call.Pos() > fl.Pos && guard == vocab.GuardAudit:
			// An audit holds on every path from the place to a normal
			// return too (contract §3).
			gd.Holds = holds
			if holds {
				deferredHolds = true
				gd.Verdict = fmt.Sprintf("is called after the sink (%s); an audit on every path from the sink to a normal return holds there", at(fl.Pos))
			} else {
				gd.Verdict = fmt.Sprintf("is called after the sink (%s), but not on every path from it to a normal return, so it does not hold there", at(fl.Pos))
			}
		case g.call.Pos() > fl.Pos:
			gd.Verdict = fmt.Sprintf("is called after the sink (%s), so it cannot guard it", at(fl.Pos))
		case g.ignored:
			gd.Verdict = "does not hold here: its result is ignored, so it guards nothing (PHI2001)"
		default:
			before = append(before, g)
			continue
		}
		if g.derived != "" {
			gd.Verdict += " (phivet counts it as a " + role + ": " + g.derived + ")"
		}
		out = append(out, gd)
	}
	for _, g := range before {
		gd := Guard{Role: role, Name: funcName(g.fn), Position: at(g.call.Pos()), Holds: holds, pos: g.call.Pos()}
		switch {
		case holds && len(before) == 1:
			gd.Verdict = "holds here: the sink is reached only after it"
			if guard == vocab.GuardCheck {
				gd.Verdict += " succeeded"
			}
		case holds:
			gd.Verdict = fmt.Sprintf("holds here, or another %s before the sink does (phivet records that one holds, not which)", role)
		case guard == vocab.GuardCheck:
			gd.Verdict = "does not hold here: " + checkFailure(p, judged.body, g.call, fl.Pos, at)
		default:
			gd.Verdict = fmt.Sprintf("does not hold here: it is not on every path to the sink (%s)", at(fl.Pos))
		}
		if g.derived != "" {
			gd.Verdict += " (phivet counts it as a " + role + ": " + g.derived + ")"
		}
		out = append(out, gd)
	}
	switch {
	case len(before) > 0:
	case holds && !deferredHolds:
		out = append(out, Guard{Role: role, Holds: true, Verdict: fmt.Sprintf("%s holds at the sink, established through a call phivet followed, not one in %s itself", what, judged.label)})
	case !holds && len(out) == 0:
		out = append(out, Guard{Role: role, Verdict: fmt.Sprintf("none is called in %s before the sink", judged.label)})
	}
	return out
}

// checkFailure says why a check called before the sink does not hold
// there, naming its failure branch when the syntax shows it.
func checkFailure(p flowmap.Package, judged *ast.BlockStmt, call *ast.CallExpr, sink token.Pos, at func(token.Pos) string) string {
	br, ok := failureBranch(p.Info, judged, call)
	switch {
	case !ok:
		return fmt.Sprintf("phivet found a path to the sink (%s) on which it had not succeeded", at(sink))
	case br.noElse:
		return fmt.Sprintf("on failure, execution goes on past the if at %s (there is no else that returns), so it reaches the sink", at(br.pos))
	case !br.terminates:
		return fmt.Sprintf("its failure branch (%s) does not return, so it reaches the sink", at(br.pos))
	}
	return fmt.Sprintf("its failure branch (%s) returns, but phivet found another path to the sink (%s) that goes around it", at(br.pos), at(sink))
}

// funcName names a function as findings do: "consent.Allowed",
// "(*audit.Recorder).Disclosed".
func funcName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		if fn.Pkg() != nil {
			return fn.Pkg().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	t, star := recv.Type(), ""
	if ptr, ok := t.(*types.Pointer); ok {
		t, star = ptr.Elem(), "*"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return "(" + star + n.Obj().Pkg().Name() + "." + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}
