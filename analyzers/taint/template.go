package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"text/template/parse"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// templateData is what executing a template prints of the selected
// arguments, when the template's text is known where it is parsed: the
// fields it names, each as fmt prints it. ok is false when the text, or
// what it names, cannot be told; printer (one that ReadsTemplate) then
// renders every field.
func (f *family) templateData(s *callSite, sel catalog.Args, printer catalog.Printer) (data Set, ok bool) {
	if len(s.args) == 0 {
		return nil, false
	}
	paths, ok := f.e.templateFields(s.args[0])
	if !ok {
		return nil, false
	}
	for i, a := range s.args {
		if !sel.Has(i) {
			continue
		}
		if mi, isBox := a.(*ssa.MakeInterface); isBox {
			a = mi.X
		}
		for _, p := range paths {
			var d Set
			switch {
			case p == "":
				d = f.e.render(f.taintOf(a).Data, catalog.Fmt)
			case fieldPathOf(a.Type(), p):
				d = f.e.render(f.argAt(a, p).Data, catalog.Fmt)
				// A record given whole shows at p what its type holds there.
				for _, l := range f.valueOnly(a).Data {
					if l.Concrete() && l.Record {
						t := l.typ
						if t == nil {
							t = a.Type()
						}
						d, _ = d.Union(f.e.pathEmits(t, p, map[types.Type]bool{}))
					}
				}
			default:
				// A method, a map key or a field of an interface: what
				// it prints is not told by the type.
				d = f.e.render(f.taintOf(a).Data, printer)
			}
			data, _ = data.Union(d)
		}
	}
	return data, true
}

// fieldPathOf reports whether path (".A.B") names exported fields of t,
// through pointers.
func fieldPathOf(t types.Type, path string) bool {
	for _, name := range strings.Split(path[1:], ".") {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return false
		}
		found := false
		for i := 0; i < st.NumFields(); i++ {
			if fld := st.Field(i); fld.Name() == name && fld.Exported() {
				t, found = fld.Type(), true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// templateFields returns the paths below dot that the template v was
// parsed from names ("" for dot itself), or false when its text is not
// a constant at its parse, or the template moves dot (range, with,
// nested templates) or uses variables.
func (e *Engine) templateFields(v ssa.Value) ([]string, bool) {
	text, ok := e.templateText(v, 0)
	if !ok {
		return nil, false
	}
	if paths, ok := e.templatePaths[text]; ok {
		return paths, paths != nil
	}
	paths := templatePaths(text)
	if e.templatePaths == nil {
		e.templatePaths = map[string][]string{}
	}
	e.templatePaths[text] = paths
	return paths, paths != nil
}

// templateText follows a template back to the constant text it was
// parsed from, through the catalog's template builders and package
// variables set once in init.
func (e *Engine) templateText(v ssa.Value, depth int) (string, bool) {
	if depth > maxTemplateTrace {
		return "", false
	}
	switch x := v.(type) {
	case *ssa.Extract:
		if x.Index == 0 {
			return e.templateText(x.Tuple, depth+1)
		}
	case *ssa.Call:
		sfn := x.Call.StaticCallee()
		if sfn == nil {
			return "", false
		}
		callee, _ := sfn.Object().(*types.Func)
		if callee == nil {
			return "", false
		}
		step, ok := catalog.TemplateBuilder(callee.FullName())
		if !ok {
			return "", false
		}
		args := x.Call.Args
		if step.Text >= 0 && step.Text < len(args) {
			if c, ok := args[step.Text].(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
				return constant.StringVal(c.Value), true
			}
			return "", false
		}
		if step.From >= 0 && step.From < len(args) {
			return e.templateText(args[step.From], depth+1)
		}
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			if val := e.initialValue(g); val != nil {
				return e.templateText(val, depth+1)
			}
		}
	}
	return "", false
}

// initialValue is the value a package variable is given, when it is
// stored to once, in the package's init, and in no function this
// engine analyses.
func (e *Engine) initialValue(g *ssa.Global) ssa.Value {
	init := g.Pkg.Func("init")
	if init == nil {
		return nil
	}
	var val ssa.Value
	stored := func(fn *ssa.Function) bool {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
					return true
				}
			}
		}
		return false
	}
	for _, b := range init.Blocks {
		for _, instr := range b.Instrs {
			if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
				if val != nil {
					return nil
				}
				val = st.Val
			}
		}
	}
	if val == nil {
		return nil
	}
	for _, fn := range e.funcsByObj {
		if fn != init && fn.Name() != "init" && stored(fn) {
			return nil
		}
		for _, anon := range fn.AnonFuncs {
			if stored(anon) {
				return nil
			}
		}
	}
	return val
}

// templatePaths parses a template's text and returns the paths below
// dot it prints, or nil when it cannot tell.
func templatePaths(text string) []string {
	t := parse.New("t")
	t.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	if _, err := t.Parse(text, "", "", trees); err != nil || len(trees) != 1 || t.Root == nil {
		return nil
	}
	var w templateWalk
	if !w.list(t.Root) {
		return nil
	}
	if w.paths == nil {
		w.paths = []string{}
	}
	return w.paths
}

type templateWalk struct{ paths []string }

func (w *templateWalk) add(p string) {
	for _, o := range w.paths {
		if o == p {
			return
		}
	}
	w.paths = append(w.paths, p)
}

func (w *templateWalk) list(l *parse.ListNode) bool {
	return l == nil || allNodes(l.Nodes, w.node)
}

func (w *templateWalk) node(n parse.Node) bool {
	switch x := n.(type) {
	case *parse.TextNode, *parse.CommentNode:
		return true
	case *parse.ActionNode:
		return w.pipe(x.Pipe)
	case *parse.IfNode:
		return w.pipe(x.Pipe) && w.list(x.List) && w.list(x.ElseList)
	}
	// range, with, template, block, break, continue: dot moves, or
	// another template prints.
	return false
}

func (w *templateWalk) pipe(p *parse.PipeNode) bool {
	if p == nil {
		return true
	}
	if len(p.Decl) > 0 {
		return false
	}
	for _, c := range p.Cmds {
		if !allNodes(c.Args, w.arg) {
			return false
		}
	}
	return true
}

// allNodes reports whether ok holds for every node, stopping at the
// first that fails: a template that prints what the walk cannot follow
// is given up on as a whole.
func allNodes(nodes []parse.Node, ok func(parse.Node) bool) bool {
	for _, n := range nodes {
		if !ok(n) {
			return false
		}
	}
	return true
}

func (w *templateWalk) arg(n parse.Node) bool {
	switch x := n.(type) {
	case *parse.FieldNode:
		w.add("." + strings.Join(x.Ident, "."))
	case *parse.VariableNode:
		if x.Ident[0] != "$" {
			return false
		}
		if len(x.Ident) == 1 {
			w.add("")
		} else {
			w.add("." + strings.Join(x.Ident[1:], "."))
		}
	case *parse.DotNode:
		w.add("")
	case *parse.PipeNode:
		return w.pipe(x)
	case *parse.IdentifierNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
	default:
		return false // a chain ((.A).B) and the like
	}
	return true
}
