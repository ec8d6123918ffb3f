package taint

import (
	"go/constant"
	"go/types"
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
// nothing. The query is followed back through the calls that built it
// in this function (db.Preload("A").Where(…).Find(&x)); a query that
// comes from elsewhere (a parameter, a field, another function) may
// load anything, and the destination is then a record as any other.

// loadKeepsEmpty reports whether the call s, loading a query into its
// argument j (dest, seen through boxing), writes nothing identifiable
// into it.
func (f *family) loadKeepsEmpty(s *callSite, j int, dest ssa.Value) bool {
	q := s.entry.Query
	if q == nil || q.Role != catalog.QueryLoad || q.Arg != j || len(s.args) == 0 {
		return false
	}
	names, known := f.queryAssociations(s.args[0])
	return known && !f.e.loadedHolds(dest.Type(), names, q.ORM)
}

// queryAssociations returns the association paths the query v loads,
// following it back through the calls that built it; known is false
// when the walk meets a query it cannot follow (then any association
// may be loaded).
func (f *family) queryAssociations(v ssa.Value) (names []string, known bool) {
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
		var call *ssa.Call
		switch x := v.(type) {
		case *ssa.Phi:
			work = append(work, x.Edges...)
			continue
		case *ssa.Extract:
			call, _ = x.Tuple.(*ssa.Call)
		case *ssa.Call:
			call = x
		}
		if call == nil {
			return nil, false
		}
		s := f.site(call)
		q := s.entry.Query
		if q == nil || len(s.args) == 0 {
			return nil, false
		}
		switch q.Role {
		case catalog.QueryStart:
		case catalog.QueryChain:
			work = append(work, s.args[0])
		case catalog.QueryNames:
			name, ok := associationName(s, q.Arg)
			if !ok {
				return nil, false
			}
			names = append(names, name)
			work = append(work, s.args[0])
		default:
			return nil, false
		}
	}
	return names, true
}

// associationName returns the constant association path argument arg of
// a naming call gives, when the call gives nothing else (a condition or
// a function run on the association's query may load more).
func associationName(s *callSite, arg int) (string, bool) {
	name := ""
	for i, a := range s.args {
		c, ok := a.(*ssa.Const)
		switch {
		case i == 0:
		case i == arg:
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
		if first != field && first != all {
			continue
		}
		loaded = true
		if rest != "" {
			sub = append(sub, rest)
		}
	}
	return sub, loaded
}
