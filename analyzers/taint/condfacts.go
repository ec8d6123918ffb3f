package taint

import (
	"go/constant"
	"go/token"
	"slices"
)

// Conditions across packages (see conds.go): a summary handed out
// numbers its conditions in a table of its own, which an importer takes
// into its engine's.

// exported is s as the engine hands it out: its conditions numbered
// from factConds into its own table (Summary.Conds), a literal it
// returns without any. Copied only if it has any.
func (e *Engine) exported(s *Summary) *Summary {
	if s == nil || !s.conditioned() {
		return s
	}
	var table []Cond
	index := func(i uint8) uint8 {
		if i == 0 || i >= factConds {
			return 0
		}
		c := e.cond(i)
		for j, o := range table {
			if o.Param == c.Param && o.Neg == c.Neg && o.Val == c.Val {
				return uint8(factConds + j)
			}
		}
		if len(table) >= maxConds {
			return 0 // the fact's table is full: none (see maxConds)
		}
		table = append(table, c)
		return uint8(factConds + len(table) - 1)
	}
	cp := s.renumbered(index)
	cp.Conds = table
	return cp
}

// importConds is a summary another package exported with its
// conditions taken into this engine's table, copied only if it has any.
func (e *Engine) importConds(s *Summary) *Summary {
	if s == nil || len(s.Conds) == 0 {
		return s
	}
	index := func(i uint8) uint8 {
		if i < factConds || int(i-factConds) >= len(s.Conds) {
			return 0
		}
		c := s.Conds[i-factConds]
		v := constantOf(c.Val)
		if v == nil {
			return 0
		}
		c.val = v
		return e.internCond(c)
	}
	cp := s.renumbered(index)
	cp.Conds = nil
	return cp
}

// constantOf is the constant a Cond's Val spells, or nil.
func constantOf(val string) constant.Value {
	switch {
	case val == "true" || val == "false":
		return constant.MakeBool(val == "true")
	case len(val) > 0 && val[0] == '"':
		return constant.MakeFromLiteral(val, token.STRING, 0)
	}
	if v := constant.MakeFromLiteral(val, token.INT, 0); v.Kind() == constant.Int {
		return v
	}
	return nil
}

// renumbered is a copy of s with each condition i of its labels and
// sinks replaced by index(i), and none in the literals it returns.
func (s *Summary) renumbered(index func(uint8) uint8) *Summary {
	cp := s.withSets(func(d Set) Set { return d.renumbered(index) })
	cp.Sinks = nil
	for _, ps := range s.Sinks {
		ps.Cond = index(ps.Cond)
		if !slices.ContainsFunc(cp.Sinks, ps.sameSink) {
			cp.Sinks = append(cp.Sinks, ps)
		}
	}
	if len(s.ResultFuncs) > 0 {
		none := func(uint8) uint8 { return 0 }
		cp.ResultFuncs = make([]ResultFunc, len(s.ResultFuncs))
		for i, rf := range s.ResultFuncs {
			if rf.Summary.conditioned() {
				rf.Summary = rf.Summary.renumbered(none)
			}
			free := make([]FreeFunc, len(rf.Free))
			for j, ff := range rf.Free {
				if ff.Literal != nil && ff.Literal.conditioned() {
					ff.Literal = ff.Literal.renumbered(none)
				}
				free[j] = ff
			}
			rf.Free = free
			cp.ResultFuncs[i] = rf
		}
	}
	return cp
}

// conditioned reports whether a label or a sink of s, or of a literal it
// returns, has a condition.
func (s *Summary) conditioned() bool {
	found := false
	s.eachSet(func(d Set) { found = found || conditioned(d) })
	for _, ps := range s.Sinks {
		found = found || ps.Cond != 0
	}
	for _, rf := range s.ResultFuncs {
		found = found || rf.Summary.conditioned()
		for _, ff := range rf.Free {
			found = found || ff.Literal != nil && ff.Literal.conditioned()
		}
	}
	return found
}

// eachSet calls set with each label set of s that withSets replaces.
func (s *Summary) eachSet(set func(Set)) {
	for _, t := range s.Results {
		set(t.Data)
	}
	for _, p := range s.ResultFields {
		set(p.Taint.Data)
	}
	for _, p := range s.Outs {
		set(p.Taint.Data)
	}
	for _, w := range s.Writes {
		set(w.Data)
	}
	for _, fl := range s.internal {
		set(fl.Data)
	}
}

// conditioned reports whether a label of s has a condition.
func conditioned(s Set) bool {
	for _, l := range s {
		if l.Cond != 0 {
			return true
		}
	}
	return false
}

// renumbered is s with each label's condition i replaced by index(i),
// copied only if it has any.
func (s Set) renumbered(index func(uint8) uint8) Set {
	if !conditioned(s) {
		return s
	}
	out := make(Set, len(s))
	for i, l := range s {
		l.Cond = index(l.Cond)
		out[i] = l
	}
	// Labels alike but for their conditions may now be out of order, or
	// one.
	slices.SortFunc(out, func(a, b Label) int { return compareLabels(&a, &b) })
	return out.dedupe()
}
