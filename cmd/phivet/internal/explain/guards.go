package explain

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
)

// guardCall is a call of a check, an audit or a sanitizer in a function
// on a flow's path.
type guardCall struct {
	call     *ast.CallExpr
	decl     *ast.FuncDecl // the function it is in
	fn       *types.Func
	role     string // "check", "audit" or "sanitizer"
	derived  string // how phivet knows it is one when not marked: "it returns a check's result"
	deferred bool
	ignored  bool // a check whose result is dropped
}

// considerGuards lists the checks, audits and sanitizers that stand near
// the flow, each with why it did or did not make the flow acceptable.
// Checks and audits are looked for in the function where the flow is
// judged (the guards that count are those holding there); sanitizers in
// every function of the package the path passes through.
func considerGuards(p flowmap.Package, mdl *model.Model, fl taint.Flow, at func(token.Pos) string) []Guard {
	judged := enclosingDecl(p.Files, fl.Pos)
	if judged == nil || p.Info == nil {
		return []Guard{{Role: "check", Verdict: "the flow is judged outside a function declaration; phivet cannot show which guards were considered"}}
	}
	decls := []*ast.FuncDecl{judged}
	for _, s := range fl.Steps {
		if d := enclosingDecl(p.Files, s.Pos); d != nil && !containsDecl(decls, d) {
			decls = append(decls, d)
		}
	}
	calls := guardCalls(p, mdl, decls)
	switch {
	case fl.Requires != "":
		// Only the guard the function requires counts; there is no data.
		return judgeGuards(p, fl, judged, fl.Requires, calls, at)
	case fl.Sink.URL:
		// Guards do not help data put into a URL (PHI1004): only a
		// sanitizer does.
		return judgeSanitizers(p, fl, calls, at)
	}
	var out []Guard
	for _, role := range []string{"check", "audit"} {
		out = append(out, judgeGuards(p, fl, judged, role, calls, at)...)
	}
	out = append(out, judgeSanitizers(p, fl, calls, at)...)
	return out
}

func containsDecl(ds []*ast.FuncDecl, d *ast.FuncDecl) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// enclosingDecl is the function declaration of files containing pos.
func enclosingDecl(files []*ast.File, pos token.Pos) *ast.FuncDecl {
	if !pos.IsValid() {
		return nil
	}
	for _, f := range files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && pos >= fd.Pos() && pos <= fd.End() {
				return fd
			}
		}
	}
	return nil
}

// guardCalls finds the calls of checks, audits and sanitizers in decls.
func guardCalls(p flowmap.Package, mdl *model.Model, decls []*ast.FuncDecl) []guardCall {
	var out []guardCall
	for _, d := range decls {
		ast.Inspect(d.Body, func(n ast.Node) bool {
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
			fn := typeutil.StaticCallee(p.Info, call)
			if fn == nil {
				return true
			}
			if g, ok := roleOf(p, mdl, fn); ok {
				g.call, g.decl, g.deferred = call, d, deferred
				g.ignored = ignored && g.role == "check"
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
		return guardCall{fn: fn, role: "check"}, true
	case mk.Audit:
		return guardCall{fn: fn, role: "audit"}, true
	case mk.Sanitize:
		return guardCall{fn: fn, role: "sanitizer"}, true
	}
	if p.Flow == nil || p.Flow.Result == nil {
		return guardCall{}, false
	}
	s := p.Flow.Summaries[fn.Origin()]
	switch {
	case s == nil:
	case s.Check != nil:
		return guardCall{fn: fn, role: "check", derived: "it returns a check's result"}, true
	case s.Audit:
		return guardCall{fn: fn, role: "audit", derived: "it calls an audit on every path"}, true
	}
	return guardCall{}, false
}

// judgeGuards gives the verdict of each check (or audit) called in the
// judged function, from what the engine recorded: whether one holds at
// the sink. Why one does not is read from the syntax.
func judgeGuards(p flowmap.Package, fl taint.Flow, judged *ast.FuncDecl, role string, calls []guardCall, at func(token.Pos) string) []Guard {
	holds := fl.Guards.Check
	if role == "audit" {
		holds = fl.Guards.Audit
	}
	what := article(role)
	var before []guardCall
	var out []Guard
	deferredHolds := false
	for _, g := range calls {
		if g.role != role || g.decl != judged {
			continue
		}
		gd := Guard{Role: role, Name: funcName(g.fn), Position: at(g.call.Pos()), pos: g.call.Pos()}
		switch {
		case g.deferred:
			gd.Holds = holds
			gd.Verdict = fmt.Sprintf("is deferred: it runs when %s returns", funcLabel(judged))
			if holds {
				deferredHolds = true
				gd.Verdict += "; " + what + " holds at the sink"
			} else {
				gd.Verdict += ", after the sink, so it does not count for it"
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
			if role == "check" {
				gd.Verdict += " succeeded"
			}
		case holds:
			gd.Verdict = fmt.Sprintf("holds here, or another %s before the sink does (phivet records that one holds, not which)", role)
		case role == "check":
			gd.Verdict = "does not hold here: " + checkFailure(p, judged, g.call, fl.Pos, at)
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
		out = append(out, Guard{Role: role, Holds: true, Verdict: fmt.Sprintf("%s holds at the sink, established through a call phivet followed, not one in %s itself", what, funcLabel(judged))})
	case !holds && len(out) == 0:
		out = append(out, Guard{Role: role, Verdict: fmt.Sprintf("none is called in %s before the sink", funcLabel(judged))})
	}
	return out
}

// checkFailure says why a check called before the sink does not hold
// there, naming its failure branch when the syntax shows it.
func checkFailure(p flowmap.Package, judged *ast.FuncDecl, call *ast.CallExpr, sink token.Pos, at func(token.Pos) string) string {
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

// branch is the failure branch of a check in an if statement.
type branch struct {
	pos        token.Pos
	terminates bool // it ends in return, panic, a branch statement or an exit
	noElse     bool // the failure is the if's missing else
}

// failureBranch finds the branch an if statement takes when the check
// call fails: the check in the condition, or assigned in the if's init or
// the statement before, tested as a bool or against nil.
func failureBranch(info *types.Info, judged *ast.FuncDecl, call *ast.CallExpr) (branch, bool) {
	var result types.Object // the variable holding the check's result
	var found *ast.IfStmt
	var failThen bool
	ast.Inspect(judged.Body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.IfStmt:
			if within(call, n.Cond) {
				if th, ok := polarity(n.Cond, func(e ast.Expr) bool { return ast.Unparen(e) == call }); ok {
					found, failThen = n, th
				}
				return false
			}
			if as, ok := n.Init.(*ast.AssignStmt); ok && within(call, as) {
				result = assigned(info, as, call)
			}
			if result != nil && (n.Init == nil || within(call, n.Init)) {
				if th, ok := polarity(n.Cond, func(e ast.Expr) bool { return usesObj(info, e, result) }); ok {
					found, failThen = n, th
					return false
				}
			}
		case *ast.AssignStmt:
			if within(call, n) {
				result = assigned(info, n, call)
			}
		}
		return true
	})
	if found == nil {
		return branch{}, false
	}
	if failThen {
		return branch{pos: found.Body.Lbrace, terminates: terminates(found.Body)}, true
	}
	switch e := found.Else.(type) {
	case *ast.BlockStmt:
		return branch{pos: e.Lbrace, terminates: terminates(e)}, true
	case *ast.IfStmt:
		return branch{pos: e.Pos()}, true
	}
	return branch{pos: found.Pos(), noElse: true}, true
}

func within(n ast.Node, outer ast.Node) bool {
	return outer != nil && n.Pos() >= outer.Pos() && n.End() <= outer.End()
}

// assigned is the variable an assignment stores the check's result in
// (its bool or error result: the last variable on the left).
func assigned(info *types.Info, as *ast.AssignStmt, call *ast.CallExpr) types.Object {
	if len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) == 0 {
		return nil
	}
	id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	if !ok {
		return nil
	}
	return info.ObjectOf(id)
}

func usesObj(info *types.Info, e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && info.ObjectOf(id) == obj
}

// polarity says, for a condition testing the check's result (is picks it
// out), whether the then-branch is the failure: `!ok` and `err != nil`
// fail into then; `ok` and `err == nil` into else.
func polarity(cond ast.Expr, is func(ast.Expr) bool) (failThen, ok bool) {
	cond = ast.Unparen(cond)
	switch c := cond.(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT && is(c.X) {
			return true, true
		}
	case *ast.BinaryExpr:
		nilSide := isNil(c.X) && is(c.Y) || isNil(c.Y) && is(c.X)
		if nilSide && c.Op == token.NEQ {
			return true, true
		}
		if nilSide && c.Op == token.EQL {
			return false, true
		}
	default:
		if is(cond) {
			return false, true
		}
	}
	return false, false
}

func isNil(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// terminates reports whether a block ends by leaving the path: a return,
// a branch statement, or a call of panic or of a function that exits.
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		name := types.ExprString(call.Fun)
		return name == "panic" || strings.HasSuffix(name, "Exit") || strings.HasSuffix(name, "Fatal") || strings.HasSuffix(name, "Fatalf") || strings.HasSuffix(name, "Fatalln")
	}
	return false
}

// judgeSanitizers says which sanitizers the path passes and which of the
// flow's data they cleaned.
func judgeSanitizers(p flowmap.Package, fl taint.Flow, calls []guardCall, at func(token.Pos) string) []Guard {
	var clean, dirty []string
	for _, l := range fl.Data {
		if !l.Concrete() {
			continue
		}
		if l.Sanitized {
			clean = append(clean, l.Name)
		} else {
			dirty = append(dirty, l.Name)
		}
	}
	sink := flowmap.CallAt(p.Files, fl.Pos)
	var out []Guard
	for _, g := range calls {
		if g.role != "sanitizer" {
			continue
		}
		gd := Guard{Role: "sanitizer", Name: funcName(g.fn), Position: at(g.call.Pos()), pos: g.call.Pos()}
		inSink := sink != nil && within(g.call, sink)
		switch {
		case inSink && len(clean) > 0:
			gd.Holds = true
			gd.Verdict = "is in the sink's arguments: its result goes to the sink, and a sanitizer's result is not identifiable"
		case inSink:
			gd.Verdict = "is in the sink's arguments, but the data this flow reports does not pass through it"
		case len(clean) > 0:
			gd.Verdict = "is in a function on the path; the data sanitized on the way (" + strings.Join(clean, ", ") + ") may have passed through it"
		default:
			gd.Verdict = "is not on this flow's path: none of its data passes through it"
		}
		if cls := sanitizerClasses(p.Dir.Config, g.fn); cls != "" {
			gd.Verdict += "; phivet.yaml lists it for class " + cls + ", which only chooses suggested fixes: its result counts as not identifiable whatever the class"
		}
		out = append(out, gd)
	}
	if len(clean) > 0 && len(dirty) > 0 {
		out = append(out, Guard{Role: "sanitizer", Verdict: "sanitized on the way: " + strings.Join(clean, ", ") + "; not sanitized: " + strings.Join(dirty, ", ")})
	} else if len(clean) > 0 {
		out = append(out, Guard{Role: "sanitizer", Holds: true, Verdict: "all the data of this flow passed through a sanitizer on the way: " + strings.Join(clean, ", ")})
	} else if len(out) == 0 {
		out = append(out, Guard{Role: "sanitizer", Verdict: "no sanitizer is called on the path"})
	}
	return out
}

// sanitizerClasses lists the classes phivet.yaml gives the sanitizer, or
// "" when it gives none.
func sanitizerClasses(cfg *config.Config, fn *types.Func) string {
	if cfg == nil {
		return ""
	}
	for _, s := range cfg.Sanitizers {
		if len(s.Classes) == 0 {
			continue
		}
		if pat, err := config.CompilePattern(s.Func); err == nil && pat.Match(fn.FullName()) {
			var cs []string
			for _, c := range s.Classes {
				cs = append(cs, string(c))
			}
			if len(cs) == 1 {
				return cs[0] + " only"
			}
			return strings.Join(cs, ", ")
		}
	}
	return ""
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

// funcLabel names a declaration as the map does: "(*Handler).refer".
func funcLabel(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	return "(" + types.ExprString(fd.Recv.List[0].Type) + ")." + fd.Name.Name
}
