package taint

import (
	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// GORM's Scopes runs each function it is given on the query
// (db.Scopes(TenantScope(t)).First(&x)): a scope adds a tenant's WHERE
// or a page's LIMIT as often as a Preload. The query goes on from the
// receiver, loading what each scope's query names besides, as a helper
// returning a query does (ormhelpers.go): each function a scope value
// can be is resolved as a call through it would be, and its summary, or
// for a literal of the family its code, says what it builds on its
// parameter. A scope that cannot be resolved, or whose query is not
// built from its parameter or a connection, may load anything.

// scopedQuery returns the query the call s of a Scopes call (q) was
// built from and the associations its scopes name; ok is false when one
// scope does not say.
func (f *family) scopedQuery(s *callSite, q *catalog.QueryCall) (next []ssa.Value, names []string, ok bool) {
	if len(s.args) == 0 || q.Arg >= len(s.args) {
		return nil, nil, false
	}
	scopes, ok := variadicElems(s.args[q.Arg])
	if !ok {
		return nil, nil, false
	}
	for _, scope := range scopes {
		probe := &callSite{instr: s.instr, args: s.args[:1]}
		targets := f.funcTargets(probe, scope)
		if len(targets) == 0 {
			return nil, nil, false
		}
		for _, t := range targets {
			found, ok := f.scopeNames(t)
			if !ok {
				return nil, nil, false
			}
			names = append(names, found...)
		}
	}
	return s.args[:1], names, true
}

// scopeNames returns the associations the query a scope target returns
// names, when that query is built from the scope's parameter or from a
// connection.
func (f *family) scopeNames(t *callSite) ([]string, bool) {
	var qr *QueryResult
	switch {
	case t.anon != nil:
		r, ok := f.queryResult(t.anon, 0)
		if !ok {
			return nil, false
		}
		qr = &r
	case t.sum != nil:
		qr = t.sum.query(0)
	case t.fn != nil:
		if sum := f.e.summaryOfFunc(t.fn); sum != nil {
			qr = sum.query(0)
		}
	}
	if qr == nil || qr.Param > 0 {
		return nil, false
	}
	return qr.Names, true
}

// variadicElems returns the values a variadic call packed into its
// slice argument v, or none for nil; ok is false for a slice passed on
// whole (fns...), whose elements are not in sight.
func variadicElems(v ssa.Value) (elems []ssa.Value, ok bool) {
	if isNilConst(v) {
		return nil, true
	}
	sl, isSlice := v.(*ssa.Slice)
	if !isSlice {
		return nil, false
	}
	arr, isAlloc := sl.X.(*ssa.Alloc)
	if !isAlloc || arr.Referrers() == nil {
		return nil, false
	}
	for _, r := range *arr.Referrers() {
		switch x := r.(type) {
		case *ssa.Slice:
			if x != sl {
				return nil, false
			}
		case *ssa.IndexAddr:
			for _, u := range *x.Referrers() {
				st, isStore := u.(*ssa.Store)
				if !isStore || st.Addr != x {
					return nil, false
				}
				elems = append(elems, st.Val)
			}
		default:
			return nil, false
		}
	}
	return elems, true
}
