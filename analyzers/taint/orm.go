package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Contract §3: an ORM model's association (a field holding another
// model) holds data only where the query loads it or the code assigns
// it. A call that loads a query's results into a fresh destination (see
// own.go) writes its columns and the associations the query names; when
// none of that can hold identifiable data (a Device whose only
// identifiable part is its Patient, not preloaded), the destination
// stays what the code put there, as after a store of a value that holds
// nothing. Models a call returns from such a query (ent's
// client.Device.Query().All(ctx)) are fresh memory in the same way. The
// query is followed back through the calls that built it in this
// function (db.Preload("A").Where(…).Find(&x)); where the ORM's calls
// change the query they are called on (ent's, bun's), every call made on
// the query counts, before the load or after it (q.WithPets() as a
// statement). A handle kept in a field, a package variable or a
// closure's capture, or taken back out of an interface (the session a
// middleware keeps in the request's context), is a connection a query
// starts from (r.db.Find(&x)), loading what the queries the package
// stores into a package variable name (ormhandles.go); a local a closure
// captures holds what is stored into it. A query a helper returns loads what its summary
// says (ormhelpers.go). A destination that a load does fill is still
// read as empty below an association no load fills (ormparts.go). A
// query that comes from elsewhere (a parameter, a function saying
// nothing of it), or goes elsewhere, may load anything, and the
// destination is then a record as any other: a helper may be handed a
// query its caller prepared.

// loadKeepsEmpty reports whether the call s, loading a query into its
// argument j (dest, seen through boxing), writes nothing identifiable
// into it. A call that gives the query its destination for a later run
// (bun's Model) loads what the query is told to load before it and after
// it.
func (f *family) loadKeepsEmpty(s *callSite, j int, dest ssa.Value) bool {
	q := s.entry.Query
	if q == nil || q.Arg != j || len(s.args) == 0 || q.Role != catalog.QueryLoad && q.Role != catalog.QueryModel {
		return false
	}
	names, known := f.loadedAssociations(s.args[0], q.ORM.InPlace || q.Role == catalog.QueryModel)
	return known && !f.e.loadedHolds(dest.Type(), names, q.ORM)
}

// loadedNothing returns the call instr and the models it returns when
// the query it runs loads nothing identifiable into them (a Device whose
// only identifiable part is its Patient, not eager-loaded), or nil: they
// are then fresh memory, holding only what the code puts there
// (own.go), and what the callee's summary says of them is not used. A
// call declared a source returns what it is declared to.
func (f *family) loadedNothing(instr ssa.Instruction) (*ssa.Call, ssa.Value) {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	s := f.site(call)
	q := s.entry.Query
	if !returnsModels(s) || s.mark.Source.Identifiable() {
		return nil, nil
	}
	var names []string
	if q.Role == catalog.QueryResult {
		known := false
		if len(s.args) > 0 {
			names, known = f.loadedAssociations(s.args[0], q.ORM.InPlace)
		}
		if !known {
			return nil, nil
		}
	}
	models := resultValue(call, 0)
	if models == nil || f.e.loadedHolds(models.Type(), names, q.ORM) {
		return nil, nil
	}
	return call, models
}

// returnsModels reports whether the call returns the models an ORM query
// loads.
func returnsModels(s *callSite) bool {
	q := s.entry.Query
	return q != nil && (q.Role == catalog.QueryResult || q.Role == catalog.QueryFetch)
}

// loadsNothing reports whether the call s returns models its query loads
// nothing identifiable into (see loadedNothing).
func (f *family) loadsNothing(s *callSite) bool {
	call, ok := s.instr.(*ssa.Call)
	return ok && f.ownSt != nil && f.ownSt.emptyLoads[call]
}

// resultValue returns the value of result i of call: the call itself
// when it has one result, otherwise its extract of i, or nil when the
// result is not used.
func resultValue(call *ssa.Call, i int) ssa.Value {
	if call.Call.Signature().Results().Len() == 1 {
		if i == 0 {
			return call
		}
		return nil
	}
	for _, r := range *call.Referrers() {
		if ex, ok := r.(*ssa.Extract); ok && ex.Index == i {
			return ex
		}
	}
	return nil
}

// loadedAssociations returns the association paths the query v loads,
// following it back through the calls that built it, and, when the
// ORM's calls change the query they are called on (inPlace), forward
// through every other call made on it too; known is false when the walk
// meets a query it cannot follow (then any association may be loaded).
func (f *family) loadedAssociations(v ssa.Value, inPlace bool) (names []string, known bool) {
	if !inPlace {
		return walkQuery(v, f.earlierOrDropped)
	}
	return walkQuery(v, f.sharedQuery)
}

// walkQuery visits, once each, the queries step leads to from v, and
// collects the association paths step finds; known is false when a step
// cannot follow a query, or the walk meets more than maxQueryChain.
func walkQuery(v ssa.Value, step func(ssa.Value) (next []ssa.Value, names []string, ok bool)) (names []string, known bool) {
	seen := map[ssa.Value]bool{}
	work := []ssa.Value{v}
	for len(work) > 0 {
		if len(seen) >= maxQueryChain {
			return nil, false
		}
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[v] {
			continue
		}
		seen[v] = true
		next, found, ok := step(v)
		if !ok {
			return nil, false
		}
		names = append(names, found...)
		work = append(work, next...)
	}
	return names, true
}

// earlierQuery returns the query the query v was built from, and the
// association the call that built it names.
func (f *family) earlierQuery(v ssa.Value) (next []ssa.Value, names []string, ok bool) {
	switch x := v.(type) {
	case *ssa.Phi:
		return x.Edges, nil, true
	case *ssa.FreeVar:
		return nil, nil, true // a handle a handler closure captured
	case *ssa.TypeAssert:
		// A handle taken back out of an interface (a request context's
		// c.MustGet("db").(*gorm.DB), set by middleware): a session
		// kept for the code, as one in a field is, not a query whose
		// loads are elsewhere.
		return nil, nil, true
	case *ssa.Parameter:
		// The handle a transaction runs its function with: a session of
		// the query the transaction was started on.
		if q := f.callbackQuery(x); q != nil {
			return []ssa.Value{q}, nil, true
		}
		return nil, nil, false
	case *ssa.UnOp:
		// A handle a service keeps in a field or a package variable
		// (r.db.Find(&x)): a connection, which a query starts from.
		if x.Op == token.MUL {
			switch y := x.X.(type) {
			case *ssa.Global:
				// Unless the package stores a query naming
				// associations there (see ormhandles.go).
				names, ok := f.e.handleNames(y)
				return nil, names, ok
			case *ssa.FieldAddr, *ssa.FreeVar:
				return nil, nil, true
			case *ssa.Alloc:
				// A local a closure captures: what is stored into it.
				next, ok := storedInLocal(y)
				return next, nil, ok
			}
		}
		return nil, nil, false
	case *ssa.Extract:
		if _, asserted := x.Tuple.(*ssa.TypeAssert); asserted {
			return nil, nil, true // d, ok := v.(*gorm.DB): as above
		}
	}
	call, result := queryCall(v)
	if call == nil {
		return nil, nil, false
	}
	s := f.site(call)
	if s.entry.Query == nil {
		return f.helperQuery(s, result) // see ormhelpers.go
	}
	if s.entry.Query.Role == catalog.QueryScopes {
		return f.scopedQuery(s, s.entry.Query) // see ormscopes.go
	}
	return builtBy(s, s.entry.Query)
}

// storedInLocal returns the values stored into the local variable a,
// one a closure captures (go/ssa keeps it in memory, the closure's free
// variable pointing to it): the stores made to it in its function or
// through the closures' free variables; ok is false when its address
// goes anywhere else, where it may be written unseen.
func storedInLocal(a *ssa.Alloc) (stored []ssa.Value, ok bool) {
	addrs := []ssa.Value{a}
	for i := 0; i < len(addrs) && i < maxQueryChain; i++ {
		addr := addrs[i]
		for _, r := range *addr.Referrers() {
			switch x := r.(type) {
			case *ssa.DebugRef:
			case *ssa.UnOp:
				if x.Op != token.MUL {
					return nil, false
				}
			case *ssa.Store:
				if x.Addr != addr {
					return nil, false
				}
				stored = append(stored, x.Val)
			case *ssa.MakeClosure:
				fv := boundFreeVar(x, addr)
				if fv == nil {
					return nil, false
				}
				addrs = append(addrs, fv)
			default:
				return nil, false
			}
		}
	}
	return stored, len(addrs) <= maxQueryChain
}

// boundFreeVar returns the free variable of the closure c that binds v,
// or nil.
func boundFreeVar(c *ssa.MakeClosure, v ssa.Value) *ssa.FreeVar {
	fn, _ := c.Fn.(*ssa.Function)
	for k, b := range c.Bindings {
		if b == v && fn != nil && k < len(fn.FreeVars) {
			return fn.FreeVars[k]
		}
	}
	return nil
}

// queryCall returns the call whose result v is, and the result's index.
func queryCall(v ssa.Value) (call *ssa.Call, result int) {
	switch x := v.(type) {
	case *ssa.Extract:
		call, _ = x.Tuple.(*ssa.Call)
		return call, x.Index
	case *ssa.Call:
		return x, 0
	}
	return nil, 0
}

// builtBy returns the query the call s of the query API (q) built its
// result from, and the association it names.
func builtBy(s *callSite, q *catalog.QueryCall) (next []ssa.Value, names []string, ok bool) {
	if len(s.args) == 0 {
		return nil, nil, false
	}
	switch q.Role {
	case catalog.QueryStart:
		return nil, nil, true
	case catalog.QueryChain, catalog.QueryModel:
		return []ssa.Value{s.args[0]}, nil, true
	case catalog.QueryNames:
		name, ok := associationName(s, q)
		return []ssa.Value{s.args[0]}, []string{name}, ok
	}
	return nil, nil, false
}

// sharedQuery returns the values that are the same query as v, changed
// in place: the one v was built from and the ones the calls made on v
// return, and the associations those calls name.
func (f *family) sharedQuery(v ssa.Value) (next []ssa.Value, names []string, ok bool) {
	back, names, ok := f.earlierQuery(v)
	if !ok {
		return nil, nil, false
	}
	later, laterNames, ok := f.laterQueries(v)
	if !ok {
		return nil, nil, false
	}
	// Concat, not append: back may be an instruction's own operands.
	return slices.Concat(back, later), slices.Concat(names, laterNames), true
}

// laterQueries returns the queries the calls made on the query v
// return, and the associations those calls name, when every use of v is
// such a call, one that runs it, or a phi joining it with another.
func (f *family) laterQueries(v ssa.Value) (next []ssa.Value, names []string, ok bool) {
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case *ssa.Phi:
			next = append(next, x)
		case *ssa.DebugRef:
		case ssa.CallInstruction:
			q, name, ok := f.nextQuery(x, v)
			if !ok {
				return nil, nil, false
			}
			if q != nil {
				next = append(next, q)
			}
			if name != "" {
				names = append(names, name)
			}
		default:
			return nil, nil, false
		}
	}
	return next, names, true
}

// nextQuery says what the call instr does to the query v, its receiver:
// next is the query it returns, if any, name the association it loads;
// ok is false when the call may load what phivet cannot tell.
func (f *family) nextQuery(instr ssa.CallInstruction, v ssa.Value) (next ssa.Value, name string, ok bool) {
	s := f.site(instr)
	q := s.entry.Query
	if q == nil || len(s.args) == 0 || s.args[0] != v || slices.Contains(s.args[1:], v) {
		return nil, "", false
	}
	switch q.Role {
	case catalog.QueryRun, catalog.QueryResult, catalog.QueryLoad:
		return nil, "", true
	case catalog.QueryChain, catalog.QueryModel:
		return s.value, "", s.value != nil
	case catalog.QueryNames:
		name, ok := associationName(s, q)
		return s.value, name, ok && s.value != nil
	}
	return nil, "", false
}

// associationName returns the association path a naming call loads (the
// function's own, or the constant argument it names), when the call
// gives nothing else (a condition or a function run on the
// association's query may load more).
func associationName(s *callSite, q *catalog.QueryCall) (string, bool) {
	name := q.Name
	for i, a := range s.args {
		c, ok := a.(*ssa.Const)
		switch {
		case i == 0:
		case i == q.Arg && q.Name == "":
			if !ok || c.Value == nil || c.Value.Kind() != constant.String {
				return "", false
			}
			name = constant.StringVal(c.Value)
		case !ok || c.Value != nil:
			return "", false
		}
	}
	return name, true
}

// loadedHolds reports whether what a load into a destination of type t
// writes may be identifiable: a marked column, a column holding records,
// or a loaded association (one names reach, by its field name or the
// ORM's name for all) whose loaded part may be. Each step into an
// association drops the first part of the paths, so the walk ends.
func (e *Engine) loadedHolds(t types.Type, names []string, o *catalog.ORM) bool {
	for range maxModelDerefs {
		if e.Model.TypeClass(t) != vocab.ClassUnset {
			return true
		}
		el := model.Elem(t)
		if el == nil {
			break
		}
		t = el
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return e.baseTypeLabel(t) != nil
	}
	named, _ := types.Unalias(t).(*types.Named)
	for i := 0; i < st.NumFields(); i++ {
		class := e.Model.FieldClass(named, st, i)
		if class == vocab.ClassNone {
			continue
		}
		if class != vocab.ClassUnset {
			return true
		}
		ft := st.Field(i).Type()
		if e.baseTypeLabel(ft) == nil {
			continue
		}
		if o.IsEdges(st, i) {
			if e.edgesHold(ft, names, o) {
				return true
			}
			continue
		}
		if !o.IsAssociation(st, i) {
			return true
		}
		if sub, loaded := subPaths(names, st.Field(i).Name(), o.AllAssociations); loaded && e.loadedHolds(ft, sub, o) {
			return true
		}
	}
	return false
}

// subPaths reports whether the association paths names load the
// association field, and the paths they load below it.
func subPaths(names []string, field, all string) (sub []string, loaded bool) {
	for _, n := range names {
		first, rest, _ := strings.Cut(n, ".")
		if first != field && (all == "" || first != all) {
			continue
		}
		loaded = true
		if rest != "" {
			sub = append(sub, rest)
		}
	}
	return sub, loaded
}

// edgesHold reports whether what a load writes into a model's edges (the
// struct of type t, whose fields are its associations, see ORM.Edges)
// may be identifiable: a marked field, or a loaded association that may
// hold identifiable data.
func (e *Engine) edgesHold(t types.Type, names []string, o *catalog.ORM) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return true
	}
	named, _ := types.Unalias(t).(*types.Named)
	for i := 0; i < st.NumFields(); i++ {
		switch class := e.Model.FieldClass(named, st, i); {
		case class == vocab.ClassNone:
			continue
		case class != vocab.ClassUnset:
			return true
		}
		ft := st.Field(i).Type()
		if e.baseTypeLabel(ft) == nil {
			continue
		}
		if sub, loaded := subPaths(names, st.Field(i).Name(), o.AllAssociations); loaded && e.loadedHolds(ft, sub, o) {
			return true
		}
	}
	return false
}

// callbackQuery returns, for p the first parameter of a function literal
// of the family passed to a call that runs it on its receiver's query
// (GORM's db.Transaction(func(tx *gorm.DB) error {…})), that receiver;
// nil otherwise.
func (f *family) callbackQuery(p *ssa.Parameter) ssa.Value {
	lit := p.Parent()
	if lit == nil || lit.Parent() == nil || len(lit.Params) == 0 || lit.Params[0] != p {
		return nil
	}
	var found ssa.Value
	for _, fn := range f.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				s := f.site(call)
				q := s.entry.Query
				if q == nil || q.Role != catalog.QueryCallback || q.Arg >= len(s.args) || len(s.args) == 0 {
					continue
				}
				if funcOf(s.args[q.Arg]) != lit {
					continue
				}
				if found != nil {
					return nil // run by two calls: either query
				}
				found = s.args[0]
			}
		}
	}
	return found
}

// funcOf is the function v is: itself, or a closure's.
func funcOf(v ssa.Value) *ssa.Function {
	switch x := v.(type) {
	case *ssa.Function:
		return x
	case *ssa.MakeClosure:
		fn, _ := x.Fn.(*ssa.Function)
		return fn
	}
	return nil
}
