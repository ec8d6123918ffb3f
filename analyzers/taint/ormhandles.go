package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// A package variable holding a query handle is a connection a query
// starts from, but a query stored into it keeps loading what it names
// for every query started from it later: after
// env.RDB = env.RDB.Preload("Patient"), env.RDB.Find(&users) loads each
// user's patient. A load through the variable therefore loads what the
// queries the package stores into it name (stores in other packages are
// out of a package's sight). A stored value phivet cannot follow (a
// parameter, a call of code without a summary) is taken for a
// connection, as the variable itself is; a call of the query API that
// may load what phivet cannot tell (an option that preloads every
// association) makes the variable load anything.

// handleNames returns the association paths the queries the package
// stores into g name; known is false when one of them may load anything.
func (e *Engine) handleNames(g *ssa.Global) (names []string, known bool) {
	if h, ok := e.handles[g]; ok {
		return h.names, h.known
	}
	e.handles[g] = handleLoads{known: true} // a store of g's own query into g adds nothing
	known = true
	for _, fn := range e.roots {
		forEachFunc(fn, func(fn *ssa.Function) {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					st, ok := instr.(*ssa.Store)
					if !ok || st.Addr != g || !known {
						continue
					}
					found, ok := walkQuery(st.Val, e.storedQuery)
					names, known = append(names, found...), ok
				}
			}
		})
	}
	e.handles[g] = handleLoads{names, known}
	return names, known
}

// handleLoads is what loads through a package variable load.
type handleLoads struct {
	names []string
	known bool
}

// storedQuery is earlierQuery for a query stored into a package variable
// by any function of the package: the query v was built from and the
// association the call building it names.
func (e *Engine) storedQuery(v ssa.Value) (next []ssa.Value, names []string, ok bool) {
	switch x := v.(type) {
	case *ssa.Phi:
		return x.Edges, nil, true
	case *ssa.UnOp:
		if g, isGlobal := x.X.(*ssa.Global); isGlobal && x.Op == token.MUL {
			names, ok := e.handleNames(g) // another variable's handle
			return nil, names, ok
		}
	}
	call, result := queryCall(v)
	if call == nil || call.Call.IsInvoke() {
		return nil, nil, true // a connection
	}
	callee := call.Call.StaticCallee()
	if callee == nil {
		return nil, nil, true
	}
	obj, _ := callee.Object().(*types.Func)
	if obj == nil {
		return nil, nil, true
	}
	s := &callSite{args: call.Call.Args}
	if q := e.calleeOf(obj).entry.Query; q != nil {
		return builtBy(s, q)
	}
	if recv := obj.Signature().Recv(); recv != nil && isQuery(e.queryORM(recv.Type())) {
		return nil, nil, false // a call of the query API the catalog does not list
	}
	if sum := e.summaryOfFunc(obj); sum != nil {
		if next, names, ok := queriesFrom([]*Summary{sum}, s.args, result); ok {
			return next, names, true
		}
	}
	return nil, nil, true
}

// isQuery reports whether queryORM found an ORM.
func isQuery(o *catalog.ORM, _ string) bool { return o != nil }

// forEachFunc calls do for fn and each function literal inside it.
func forEachFunc(fn *ssa.Function, do func(*ssa.Function)) {
	do(fn)
	for _, anon := range fn.AnonFuncs {
		forEachFunc(anon, do)
	}
}
