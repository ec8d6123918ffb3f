package taint

import (
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
// stored into a parameter's memory. Only the root's own stores count,
// and only objects allocated in it: a builder's shape, not an alias
// analysis.
func (f *family) resultAliases() []ResultAlias {
	params := map[ssa.Value]int{}
	for i, p := range f.root.Params {
		if isReference(p.Type()) {
			params[p] = i
		}
	}
	if len(params) == 0 {
		return nil
	}
	// The fresh objects each result may be.
	var fresh [][]*ssa.Alloc
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
			}
		}
	}
	var out []ResultAlias
	cut := false
	for _, b := range f.root.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			for _, l := range f.locs(st.Addr) {
				pi, ok := params[l.root]
				if !ok {
					continue
				}
				for r, allocs := range fresh {
					for _, a := range allocs {
						if holds(st.Val, a, 0, &cut) {
							out = addAlias(out, ResultAlias{Result: r, Param: pi, Path: l.path})
						}
					}
				}
			}
		}
	}
	if cut {
		f.reachLimit("maxAliasDepth")
	}
	return out
}

func addAlias(as []ResultAlias, a ResultAlias) []ResultAlias {
	for _, o := range as {
		if o == a {
			return as
		}
	}
	return append(as, a)
}

// holds reports whether v is, or is a slice holding, a pointer to the
// object a allocates. Past maxAliasDepth it says no and sets *cut.
func holds(v ssa.Value, a *ssa.Alloc, depth int, cut *bool) bool {
	if depth > maxAliasDepth {
		switch v.(type) {
		case *ssa.Alloc, *ssa.Slice, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Call:
			*cut = true // one the walk would have looked into
		}
		return false
	}
	switch x := v.(type) {
	case *ssa.Alloc:
		if x == a {
			return true
		}
		// An array an append's arguments were stored into.
		for _, r := range *x.Referrers() {
			ia, ok := r.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, u := range *ia.Referrers() {
				if st, ok := u.(*ssa.Store); ok && st.Addr == ia && holds(st.Val, a, depth+1, cut) {
					return true
				}
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
