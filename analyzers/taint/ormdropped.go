package taint

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// A query call written as a statement, its result dropped
// (db.Preload("Patient") on a line of its own, then db.Find(&x)), only
// makes sense if it changes the query it is called on, as GORM's calls
// do on a query a chain call returned. So the associations a chain of
// calls made on a query names count for that query when the chain's
// last result is dropped, even for an ORM whose calls otherwise return
// a new query. For one whose calls do not change their receiver the
// names count for nothing more than a query it could have built: a
// finding kept, never one lost.

// earlierOrDropped is earlierQuery, with the associations the dropped
// chains of calls made on v name (droppedNames).
func (f *family) earlierOrDropped(v ssa.Value) (next []ssa.Value, names []string, ok bool) {
	next, names, ok = f.earlierQuery(v)
	if !ok {
		return nil, nil, false
	}
	dropped, ok := f.droppedNames(v)
	if !ok {
		return nil, nil, false
	}
	return next, slices.Concat(names, dropped), true
}

// droppedNames returns the associations named by the chains of query
// calls made on v whose last result is dropped; ok is false when one of
// them names what phivet cannot tell.
func (f *family) droppedNames(v ssa.Value) (names []string, ok bool) {
	refs := v.Referrers()
	if refs == nil {
		return nil, true
	}
	for _, r := range *refs {
		call, isCall := r.(*ssa.Call)
		if !isCall || len(call.Call.Args) == 0 || call.Call.Args[0] != v {
			continue
		}
		found, dropped, ok := f.droppedChain(call, 0)
		if !ok {
			return nil, false
		}
		if dropped {
			names = append(names, found...)
		}
	}
	return names, true
}

// droppedChain follows the chain of naming and chaining query calls from
// call while each result is only the receiver of the next, and reports
// the associations they name and whether the last result is dropped.
func (f *family) droppedChain(call *ssa.Call, depth int) (names []string, dropped, ok bool) {
	if depth >= maxQueryChain {
		return nil, false, true // a longer chain is not followed: nothing added
	}
	s := f.site(call)
	q := s.entry.Query
	if q == nil || q.Role != catalog.QueryNames && q.Role != catalog.QueryChain {
		return nil, false, true
	}
	if q.Role == catalog.QueryNames {
		name, ok := associationName(s, q)
		if !ok {
			return nil, false, false
		}
		names = append(names, name)
	}
	var uses []ssa.Instruction
	for _, r := range *call.Referrers() {
		if _, debug := r.(*ssa.DebugRef); !debug {
			uses = append(uses, r)
		}
	}
	if len(uses) == 0 {
		return names, true, true
	}
	next, isCall := uses[0].(*ssa.Call)
	if len(uses) > 1 || !isCall || len(next.Call.Args) == 0 || next.Call.Args[0] != ssa.Value(call) {
		return nil, false, true // the result is used: its own walk counts it
	}
	more, dropped, ok := f.droppedChain(next, depth+1)
	return slices.Concat(names, more), dropped, ok
}
