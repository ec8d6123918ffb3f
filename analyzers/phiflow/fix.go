package phiflow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
	"github.com/phivet/phivet/internal/graph"
)

// Suggested fixes. Where phivet.yaml names a sanitizer for a class
//
//	sanitizers:
//	  - func: example.com/clinic/redact.Name
//	    classes: [direct]
//
// a finding at a sink call offers to wrap each read of an identifiable
// field of that class among the call's arguments in the sanitizer:
// log.Printf("%s", p.Name) becomes log.Printf("%s", redact.Name(p.Name)).
// Only package-level functions of one parameter are used, only where the
// field's value is assignable to that parameter, and only where the
// result fits: it has the field's own type, or the read is an argument of
// the call and the result is assignable to the parameter. The sanitizer's
// package must be among the package's dependencies (for its types); the
// fix adds its import to the file when missing.

// fixFor returns the suggested fix for a finding at pos about data, or
// nil when there is none.
func (r *reporter) fixFor(pos token.Pos, data taint.Set) []analysis.SuggestedFix {
	sans := r.dir.Config.Sanitizers
	if len(sans) == 0 {
		return nil
	}
	wanted := map[string]vocab.Class{} // label name → class
	for _, l := range data {
		if l.Concrete() && !l.Sanitized && !l.Record {
			wanted[l.Name] = l.Class
		}
	}
	file, call := r.callAt(pos)
	if call == nil || len(wanted) == 0 {
		return nil
	}
	var edits []analysis.TextEdit
	imports := map[*types.Package]bool{}
	var what []string
	for _, rd := range fieldReads(r.pass.TypesInfo, call, r.isSanitizer) {
		class, ok := wanted[rd.name]
		if !ok {
			continue
		}
		fn := r.sanitizerFor(class, rd, sans)
		if fn == nil {
			continue
		}
		qual, ok := r.qualifier(file, fn.Pkg(), rd.expr.Pos())
		if !ok {
			continue
		}
		if qual != "" && !imported(file, fn.Pkg().Path()) {
			imports[fn.Pkg()] = true
		}
		edits = append(edits,
			analysis.TextEdit{Pos: rd.expr.Pos(), End: rd.expr.Pos(), NewText: []byte(qual + fn.Name() + "(")},
			analysis.TextEdit{Pos: rd.expr.End(), End: rd.expr.End(), NewText: []byte(")")})
		what = append(what, fmt.Sprintf("%s in %s", rd.name, qual+fn.Name()))
	}
	if len(edits) == 0 {
		return nil
	}
	paths := make([]string, 0, len(imports))
	for p := range imports {
		paths = append(paths, p.Path())
	}
	sort.Strings(paths)
	for _, p := range paths {
		edits = append(edits, addImport(file, p))
	}
	msg := "wrap " + what[0]
	for _, w := range what[1:] {
		msg += ", " + w
	}
	return []analysis.SuggestedFix{{Message: msg, TextEdits: edits}}
}

// callAt returns the file and the outermost call expression that starts
// at pos.
func (r *reporter) callAt(pos token.Pos) (*ast.File, *ast.CallExpr) {
	for _, f := range r.pass.Files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		var found *ast.CallExpr
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil || n == nil || n.Pos() > pos || n.End() <= pos {
				return false
			}
			if c, ok := n.(*ast.CallExpr); ok && c.Pos() == pos {
				found = c
				return false
			}
			return true
		})
		return f, found
	}
	return nil, nil
}

// fieldRead is a selector expression reading a struct field, found among
// a call's arguments.
type fieldRead struct {
	expr  *ast.SelectorExpr
	name  string     // "Patient.Name", as labels name fields
	typ   types.Type // the field's type
	param types.Type // the parameter it is passed to, when it is a direct argument
}

// fieldReads lists the field reads in the arguments of call and of the
// calls chained before it (zerolog's Str("k", p.Name).Msg("")), where
// wrapping them keeps the code well formed: direct arguments, operands,
// composite literal elements; not the receiver of a method call, nor an
// operand of & or an index. Function literals and the arguments of
// sanitizers are not entered.
func fieldReads(info *types.Info, call *ast.CallExpr, sanitizer func(*types.Func) bool) []fieldRead {
	var out []fieldRead
	for c := call; c != nil; {
		sig, _ := info.TypeOf(c.Fun).(*types.Signature)
		for i, arg := range c.Args {
			var param types.Type
			if sig != nil {
				param = paramType(sig, i)
			}
			out = append(out, readsIn(info, arg, param, sanitizer)...)
		}
		// A chain: x.A(…).B(…) — descend into the call B is made on.
		sel, ok := c.Fun.(*ast.SelectorExpr)
		if !ok {
			break
		}
		c, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return out
}

func paramType(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	if n == 0 {
		return nil
	}
	if sig.Variadic() && i >= n-1 {
		if s, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i >= n {
		return nil
	}
	return sig.Params().At(i).Type()
}

func readsIn(info *types.Info, arg ast.Expr, param types.Type, sanitizer func(*types.Func) bool) []fieldRead {
	var out []fieldRead
	var visit func(e ast.Expr, param types.Type)
	visit = func(e ast.Expr, param types.Type) {
		switch e := e.(type) {
		case *ast.ParenExpr:
			visit(e.X, param)
		case *ast.BinaryExpr:
			visit(e.X, nil)
			visit(e.Y, nil)
		case *ast.CompositeLit:
			for _, el := range e.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				visit(el, nil)
			}
		case *ast.CallExpr:
			sig, _ := info.TypeOf(e.Fun).(*types.Signature)
			if sig == nil {
				return // a conversion
			}
			if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && sanitizer(fn) {
				return
			}
			for i, a := range e.Args {
				visit(a, paramType(sig, i))
			}
		case *ast.SelectorExpr:
			if rd, ok := readOf(info, e); ok {
				rd.param = param
				out = append(out, rd)
			}
		}
	}
	visit(arg, param)
	return out
}

// readOf describes sel when it reads a struct field, naming the field as
// the engine's labels do: the name of the struct type that declares it,
// a dot and the field's name.
func readOf(info *types.Info, sel *ast.SelectorExpr) (fieldRead, bool) {
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return fieldRead{}, false
	}
	t := s.Recv()
	idx := s.Index()
	for _, i := range idx[:len(idx)-1] {
		st, ok := deref(t).Underlying().(*types.Struct)
		if !ok {
			return fieldRead{}, false
		}
		t = st.Field(i).Type()
	}
	owner := "struct"
	if n, ok := types.Unalias(deref(t)).(*types.Named); ok {
		owner = n.Obj().Name()
	}
	return fieldRead{expr: sel, name: owner + "." + s.Obj().Name(), typ: s.Obj().Type()}, true
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// sanitizerFor returns the first package-level function (by name) that a
// sanitizer entry naming class matches and that fits the read.
func (r *reporter) sanitizerFor(class vocab.Class, rd fieldRead, sans []config.Sanitizer) *types.Func {
	var cands []*types.Func
	for _, s := range sans {
		if !slices.Contains(s.Classes, class) {
			continue
		}
		p, err := config.CompilePattern(s.Func)
		if err != nil {
			continue
		}
		for _, fn := range r.packageFuncs() {
			if p.Match(fn.FullName()) && fits(fn, rd) {
				cands = append(cands, fn)
			}
		}
		if len(cands) > 0 {
			break
		}
	}
	if len(cands) == 0 {
		return nil
	}
	sort.Slice(cands, func(i, j int) bool { return cands[i].FullName() < cands[j].FullName() })
	return cands[0]
}

// fits reports whether wrapping the read in fn type-checks.
func fits(fn *types.Func, rd fieldRead) bool {
	sig := fn.Signature()
	if sig.Recv() != nil || sig.TypeParams().Len() > 0 || sig.Variadic() || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	if !types.AssignableTo(rd.typ, sig.Params().At(0).Type()) {
		return false
	}
	res := sig.Results().At(0).Type()
	return types.Identical(res, rd.typ) || rd.param != nil && types.AssignableTo(res, rd.param)
}

// packageFuncs lists the package-level functions of the package and of
// every package it depends on, computed once.
func (r *reporter) packageFuncs() []*types.Func {
	if r.funcs != nil {
		return r.funcs
	}
	r.funcs = []*types.Func{}
	graph.DepthFirst([]*types.Package{r.pass.Pkg}, (*types.Package).Imports, func(p *types.Package) {
		for _, name := range p.Scope().Names() {
			if fn, ok := p.Scope().Lookup(name).(*types.Func); ok && (fn.Exported() || p == r.pass.Pkg) {
				r.funcs = append(r.funcs, fn)
			}
		}
	}, nil)
	return r.funcs
}

// qualifier returns how the code at pos in file refers to package p
// ("redact.", or "" for the package itself), and false when it cannot:
// the name is taken there by something else, or p is imported as _ or ..
func (r *reporter) qualifier(file *ast.File, p *types.Package, pos token.Pos) (string, bool) {
	if p == r.pass.Pkg {
		return "", true
	}
	name, isImported := p.Name(), false
	for _, spec := range file.Imports {
		if path, _ := strconv.Unquote(spec.Path.Value); path == p.Path() {
			if spec.Name != nil {
				name = spec.Name.Name
			}
			isImported = true
			break
		}
	}
	if name == "_" || name == "." {
		return "", false
	}
	var obj types.Object
	if scope := r.pass.Pkg.Scope().Innermost(pos); scope != nil {
		_, obj = scope.LookupParent(name, pos)
	}
	if isImported {
		pn, ok := obj.(*types.PkgName)
		return name + ".", ok && pn.Imported() == p
	}
	return name + ".", obj == nil
}

// isSanitizer reports whether fn is a sanitizer (by directive or config).
func (r *reporter) isSanitizer(fn *types.Func) bool {
	if r.model == nil {
		r.model = model.New(r.dir.Config, r.dir.AllMarks(), nil)
	}
	return r.model.Mark(fn).Sanitize
}

func imported(file *ast.File, path string) bool {
	for _, spec := range file.Imports {
		if p, _ := strconv.Unquote(spec.Path.Value); p == path {
			return true
		}
	}
	return false
}

// addImport returns the edit that imports path into file: at the end of
// its first parenthesised import declaration, else after its imports,
// else after the package clause.
func addImport(file *ast.File, path string) analysis.TextEdit {
	quoted := strconv.Quote(path)
	var last *ast.GenDecl
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if gd.Lparen.IsValid() && len(gd.Specs) > 0 {
			// After the last spec: into the last group (usually the
			// module's own imports), where gofmt sorts it.
			end := gd.Specs[len(gd.Specs)-1].End()
			return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n\t" + quoted)}
		}
		last = gd
	}
	if last != nil {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\nimport " + quoted)}
	}
	return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("\n\nimport " + quoted)}
}
