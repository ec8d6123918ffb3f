package catalog

import (
	"go/types"
	"slices"
	"strings"
)

// LookupGeneratedQuery returns what a call of fn does to a query of an
// ORM's generated API (see GeneratedQueries), or nil. The API is
// recognised by its shape, since its names are each project's own.
func (c *Catalog) LookupGeneratedQuery(fn *types.Func) *QueryCall {
	for _, o := range c.generated {
		if q := o.generatedCall(fn); q != nil {
			return q
		}
	}
	return nil
}

// generatedCall is LookupGeneratedQuery for one ORM.
func (o *ORM) generatedCall(fn *types.Func) *QueryCall {
	g := o.Generated
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || fn.Pkg() == nil {
		return nil
	}
	recv := namedOrPointee(sig.Recv().Type())
	if recv == nil {
		return nil
	}
	name, res := fn.Name(), sig.Results()
	returnsRecv := res.Len() == 1 && namedOrPointee(res.At(0).Type()) == recv
	if g.isBuilder(recv) {
		switch {
		case slices.Contains(g.Chains, name) && returnsRecv:
			return &QueryCall{Role: QueryChain, ORM: o}
		case slices.Contains(g.Results, name) && res.Len() > 0:
			return &QueryCall{Role: QueryResult, ORM: o}
		case slices.Contains(g.Runs, name):
			return &QueryCall{Role: QueryRun, ORM: o}
		case returnsRecv && len(name) > len(g.NamePrefix) && strings.HasPrefix(name, g.NamePrefix) && g.takesOptions(sig):
			return &QueryCall{Role: QueryNames, Name: name[len(g.NamePrefix):], ORM: o}
		}
	}
	if strings.HasPrefix(name, g.StartPrefix) && res.Len() == 1 {
		if b := namedOrPointee(res.At(0).Type()); b != nil && b.Obj().Pkg() == fn.Pkg() && g.isBuilder(b) {
			return &QueryCall{Role: QueryStart, ORM: o}
		}
	}
	if slices.Contains(g.Fetches, name) && res.Len() > 0 && g.startsQueries(recv) {
		return &QueryCall{Role: QueryFetch, ORM: o}
	}
	return nil
}

// isBuilder reports whether t is a query builder: a struct with a field
// pointing to the Context type.
func (g *GeneratedQueries) isBuilder(t *types.Named) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		p, ok := st.Field(i).Type().Underlying().(*types.Pointer)
		if ok && types.TypeString(types.Unalias(p.Elem()), nil) == g.Context {
			return true
		}
	}
	return false
}

// takesOptions reports whether the method's only parameter is a
// variadic list of functions of a builder (opts ...func(*PetQuery)).
func (g *GeneratedQueries) takesOptions(sig *types.Signature) bool {
	if !sig.Variadic() || sig.Params().Len() != 1 {
		return false
	}
	s, ok := sig.Params().At(0).Type().(*types.Slice)
	if !ok {
		return false
	}
	f, ok := s.Elem().Underlying().(*types.Signature)
	if !ok || f.Params().Len() != 1 || f.Results().Len() != 0 {
		return false
	}
	b := namedOrPointee(f.Params().At(0).Type())
	return b != nil && g.isBuilder(b)
}

// startsQueries reports whether t has the method named StartPrefix that
// returns a builder (a client's Query).
func (g *GeneratedQueries) startsQueries(t *types.Named) bool {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, t.Obj().Pkg(), g.StartPrefix)
	m, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	res := m.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return false
	}
	b := namedOrPointee(res.At(0).Type())
	return b != nil && g.isBuilder(b)
}

// namedOrPointee returns the named type t is or points to, or nil.
func namedOrPointee(t types.Type) *types.Named {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}
