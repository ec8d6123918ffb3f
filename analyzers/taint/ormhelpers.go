package taint

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// A service often builds its queries in helpers: a model's method
// returning db.Preload("Doctor").Preload("Hospital"), called as
// d.PreloadDoctor(db).First(&d, id), often from another package. The
// helper's summary says which of its parameters' query each result is
// (or that it starts from a connection) and which associations it names
// on the way (Summary.Queries), so that the caller's walk back from a
// load goes on through the helper's call to its argument, loading what
// the helper names as well. A helper of an ORM whose calls change the
// query in place (bun, ent) is not summarised: what it does to the query
// it is given, and does not return, would be missed. Nor are the ORM's own
// functions: its handles carry the query they belong to (a GORM
// Association's DB), not a connection.

// queryResults lists the results of fn that are an ORM's query built the
// same way on every return (see queryResult).
func (f *family) queryResults(fn *ssa.Function) []QueryResult {
	res := fn.Signature.Results()
	var out []QueryResult
	for i := 0; i < res.Len(); i++ {
		o, pkg := f.e.queryORM(res.At(i).Type())
		if o == nil || o.InPlace || within(f.e.Pkg.Path(), pkg) {
			continue
		}
		if q, ok := f.queryResult(fn, i); ok {
			out = append(out, q)
		}
	}
	return out
}

// queryResult says what result i of fn is: the query of one parameter
// (the same on every return, nil aside) or of connections, and the
// associations the calls building it name; ok is false when a return's
// query cannot be followed.
func (f *family) queryResult(fn *ssa.Function, i int) (out QueryResult, ok bool) {
	out = QueryResult{Result: i, Param: -1}
	fromParam := func(v ssa.Value) (next []ssa.Value, names []string, ok bool) {
		p, isParam := v.(*ssa.Parameter)
		if !isParam || p.Parent() != fn {
			return f.earlierQuery(v)
		}
		j := paramIndex(fn, p)
		if j < 0 || out.Param >= 0 && out.Param != j {
			return nil, nil, false
		}
		out.Param = j
		return nil, nil, true
	}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		r, isReturn := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !isReturn || i >= len(r.Results) || isNilConst(r.Results[i]) {
			continue
		}
		names, known := walkQuery(r.Results[i], fromParam)
		if !known {
			return QueryResult{}, false
		}
		out.Names = append(out.Names, names...)
		ok = true
	}
	slices.Sort(out.Names)
	out.Names = slices.Compact(out.Names)
	return out, ok
}

// helperQuery returns, for the call s whose result i is a query, the
// queries it was built from and the associations it names, by the
// summaries of every function it may call; ok is false when one of them
// does not say.
func (f *family) helperQuery(s *callSite, i int) ([]ssa.Value, []string, bool) {
	return queriesFrom(f.calleeSummaries(s), s.args, i)
}

// queriesFrom returns the arguments (args) a call's result i was built
// from as a query, and the associations it names, by the summaries of
// the functions it may call; ok is false when there are none, or one of
// them does not say.
func queriesFrom(sums []*Summary, args []ssa.Value, i int) (next []ssa.Value, names []string, ok bool) {
	if len(sums) == 0 {
		return nil, nil, false
	}
	for _, sum := range sums {
		q := sum.query(i)
		if q == nil || q.Param >= len(args) {
			return nil, nil, false
		}
		if q.Param >= 0 {
			next = append(next, args[q.Param])
		}
		names = append(names, q.Names...)
	}
	return next, names, true
}

// query returns what the summary says result i is as a query, or nil.
func (s *Summary) query(i int) *QueryResult {
	for k := range s.Queries {
		if s.Queries[k].Result == i {
			return &s.Queries[k]
		}
	}
	return nil
}

// queryORM returns the ORM whose query a value of type t is (a pointer
// to its query type) and the path of the package declaring it, or nil.
func (e *Engine) queryORM(t types.Type) (*catalog.ORM, string) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil, ""
	}
	pkg := named.Obj().Pkg().Path()
	return e.Catalog.QueryType(pkg, named.Obj().Name()), pkg
}

// within reports whether the package path is root or below it.
func within(path, root string) bool {
	return path == root || strings.HasPrefix(path, root+"/")
}
