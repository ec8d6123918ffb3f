package taint

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// ResultAlias records that result Result of a function is an object the
// function also linked into the memory of parameter Param at Path (a
// builder: c := &Node{}; n.Children = append(n.Children, c); return c).
// What a caller writes into the result afterwards is then in the
// parameter's memory too.
type ResultAlias struct {
	Result int
	Param  int
	Path   string
}

// resultAliases finds the fresh objects the root returns that it also
// stored into a parameter's memory: by its own stores, or by a callee
// that links one argument into another's memory (n.Add(c)). A result
// that is a callee's linked result (return newElement(e)) is linked where
// the callee linked it. Only objects allocated in the root or linked by
// a callee count: a builder's shape, not an alias analysis.
func (f *family) resultAliases() []ResultAlias {
	params := f.referenceParams()
	if len(params) == 0 {
		return nil
	}
	// The fresh objects each result may be.
	var fresh [][]*ssa.Alloc
	var out []ResultAlias
	for _, b := range f.root.Blocks {
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, v := range r.Results {
			for len(fresh) <= i {
				fresh = append(fresh, nil)
			}
			if !isReference(v.Type()) {
				continue
			}
			for _, l := range f.locs(v) {
				if a, ok := l.root.(*ssa.Alloc); ok && a.Heap && l.path == "" {
					fresh[i] = append(fresh[i], a)
				}
				if l.path == "" {
					out = f.calleeLinked(out, i, l.root, params)
				}
			}
		}
	}
	cut := false
	f.eachParamLink(params, func(into int, path string, val ssa.Value) {
		for r, allocs := range fresh {
			for _, a := range allocs {
				if holds(val, a, 0, &cut) {
					out = addAlias(out, ResultAlias{Result: r, Param: into, Path: path})
				}
			}
		}
	})
	if cut {
		f.reachLimit("maxAliasDepth")
	}
	return out
}

// ParamLink records that a function linked the object parameter From
// points to into the memory of parameter Into at Path (an adder: func
// (n *Node) Add(c *Node) { n.Children = append(n.Children, c) }). A
// caller's fresh object passed as From is then in Into's memory, which
// makes the caller a builder when it returns that object.
type ParamLink struct {
	From, Into int
	Path       string
}

// paramLinks finds the parameters the root links into another
// parameter's memory: by its own stores, or through a callee's links.
func (f *family) paramLinks() []ParamLink {
	params := f.referenceParams()
	if len(params) < 2 {
		return nil
	}
	var out []ParamLink
	cut := false
	f.eachParamLink(params, func(into int, path string, val ssa.Value) {
		for from, p := range f.root.Params {
			if _, ok := params[p]; ok && from != into && holds(val, p, 0, &cut) {
				out = addLink(out, ParamLink{From: from, Into: into, Path: path})
			}
		}
	})
	if cut {
		f.reachLimit("maxAliasDepth")
	}
	return out
}

// referenceParams indexes the root's parameters that refer to memory.
func (f *family) referenceParams() map[ssa.Value]int {
	params := map[ssa.Value]int{}
	for i, p := range f.root.Params {
		if isReference(p.Type()) {
			params[p] = i
		}
	}
	return params
}

// eachParamLink calls linked for every pointer the root stores into the
// memory of one of params (see eachLink), with that parameter's index
// and the path below it.
func (f *family) eachParamLink(params map[ssa.Value]int, linked func(into int, path string, val ssa.Value)) {
	f.eachLink(func(addr, val ssa.Value, path string) {
		for _, l := range f.locs(addr) {
			if into, ok := params[l.root]; ok {
				linked(into, l.path+path, val)
			}
		}
	})
}

// eachLink calls linked for every pointer the root stores into memory,
// itself (a store) or through a callee that links one argument into
// another's memory.
func (f *family) eachLink(linked func(addr, val ssa.Value, path string)) {
	for _, b := range f.root.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Store:
				linked(x.Addr, x.Val, "")
			case ssa.CallInstruction:
				s := f.site(x)
				for _, sum := range f.calleeSummaries(s) {
					for _, p := range sum.ParamLinks {
						if p.From < len(s.args) && p.Into < len(s.args) {
							linked(s.args[p.Into], s.args[p.From], p.Path)
						}
					}
				}
			}
		}
	}
}

// addLink and addAlias cut the path at maxPathParts parts, as summary
// paths are (cutSummaryPaths): a link made while walking a recursive
// type would otherwise reach one level deeper on each pass over a cycle.
func addLink(ls []ParamLink, l ParamLink) []ParamLink {
	l.Path = cutPath(l.Path)
	return addUnique(ls, l)
}

func addAlias(as []ResultAlias, a ResultAlias) []ResultAlias {
	a.Path = cutPath(a.Path)
	return addUnique(as, a)
}

// addUnique appends x to xs unless xs holds it already.
func addUnique[T comparable](xs []T, x T) []T {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// holds reports whether v is, or is a slice holding, the pointer a (an
// allocation or a parameter). Past maxAliasDepth it says no and sets
// *cut.
func holds(v ssa.Value, a ssa.Value, depth int, cut *bool) bool {
	if v == a {
		return true
	}
	if depth > maxAliasDepth {
		switch v.(type) {
		case *ssa.Alloc, *ssa.Slice, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Call:
			*cut = true // one the walk would have looked into
		}
		return false
	}
	switch x := v.(type) {
	case *ssa.Alloc:
		// An array an append's arguments were stored into.
		for val := range storedElements(x) {
			if holds(val, a, depth+1, cut) {
				return true
			}
		}
	case *ssa.Slice:
		return holds(x.X, a, depth+1, cut)
	case *ssa.ChangeType:
		return holds(x.X, a, depth+1, cut)
	case *ssa.MakeInterface:
		return holds(x.X, a, depth+1, cut)
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			for _, arg := range x.Call.Args {
				if holds(arg, a, depth+1, cut) {
					return true
				}
			}
		}
	}
	return false
}

// linkResults stores, for each alias of the callee's summary, what the
// call's result holds into the memory of the argument it was linked
// into: the transfer reads the result deeply, so it runs again when the
// caller writes into the result later.
func (f *family) linkResults(s *callSite, sum *Summary) {
	for _, a := range sum.ResultAliases {
		if a.Param >= len(s.args) {
			continue
		}
		root := f.resultRoot(s, a.Result)
		if root == nil {
			continue
		}
		t := f.taintOf(root)
		t.Dest = Dest{}
		for _, l := range f.locs(s.args[a.Param]) {
			f.store(loc{l.root, l.path + a.Path}, t)
		}
	}
}

// calleeLinked adds the aliases of result r of the root when the value
// it returns, root, is a call's result that the callee linked into one
// of its arguments, and that argument is in a parameter's memory here.
func (f *family) calleeLinked(out []ResultAlias, r int, root ssa.Value, params map[ssa.Value]int) []ResultAlias {
	ci, ri := callResult(root)
	if ci == nil {
		return out
	}
	s := f.site(ci)
	for _, sum := range f.calleeSummaries(s) {
		for _, a := range sum.ResultAliases {
			if a.Result != ri || a.Param >= len(s.args) {
				continue
			}
			for _, l := range f.locs(s.args[a.Param]) {
				if pi, ok := params[l.root]; ok {
					out = addAlias(out, ResultAlias{Result: r, Param: pi, Path: l.path + a.Path})
				}
			}
		}
	}
	return out
}

// callResult says which call, and which of its results, v is.
func callResult(v ssa.Value) (ssa.CallInstruction, int) {
	switch x := v.(type) {
	case *ssa.Call:
		if x.Call.Signature().Results().Len() == 1 {
			return x, 0
		}
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return c, x.Index
		}
	}
	return nil, 0
}
