package taint

import (
	"go/types"
	"slices"
)

// Retyped returns s with each label's type replaced by retype's answer
// for it: s itself when none changes, a copy otherwise. ok is false, and
// s is returned, when retype cannot answer for one of them.
//
// A summary kept past its package's analysis (the phivet command's
// whole-program index) holds, through its labels' types, the types the
// package was checked as from source, which keep every function body's
// scopes and locals alive; Retyped lets the keeper swap them for a
// lighter copy.
func (s *Summary) Retyped(retype func(types.Type) (types.Type, bool)) (out *Summary, ok bool) {
	ok, changed := true, false
	cp := s.withSets(func(in Set) Set {
		u, ch, good := in.retyped(retype)
		ok = ok && good
		changed = changed || ch
		return u
	})
	if !ok || !changed {
		return s, ok
	}
	return cp, true
}

// Untyped returns s with every label as a fact carries it, without its
// type (Label.Portable), and its steps as they are: what the phivet
// command's whole-program index keeps, which then holds none of the
// package's types. s itself when no label has a type.
func (s *Summary) Untyped() *Summary {
	changed := false
	cp := s.withSets(func(in Set) Set {
		u := in.Portable(func(o *Step) *Step { return o })
		changed = changed || len(u) > 0 && &u[0] != &in[0]
		return u
	})
	if len(s.ResultFuncs) > 0 {
		cp.ResultFuncs = make([]ResultFunc, len(s.ResultFuncs))
		for i, rf := range s.ResultFuncs {
			if u := rf.Summary.Untyped(); u != rf.Summary {
				rf.Summary, changed = u, true
			}
			if free, ok := untypedFree(rf.Free); ok {
				rf.Free, changed = free, true
			}
			cp.ResultFuncs[i] = rf
		}
	}
	if !changed {
		return s
	}
	return cp
}

// withSets returns a copy of s with set's answer for each of its label
// sets.
func (s *Summary) withSets(set func(Set) Set) *Summary {
	cp := *s
	cp.Results = make([]Taint, len(s.Results))
	for i, t := range s.Results {
		cp.Results[i] = Taint{Data: set(t.Data), Dest: t.Dest}
	}
	cp.ResultFields = retypedPaths(s.ResultFields, set)
	cp.Outs = retypedPaths(s.Outs, set)
	cp.Writes = make([]WriterSink, len(s.Writes))
	for i, w := range s.Writes {
		w.Data = set(w.Data)
		cp.Writes[i] = w
	}
	cp.internal = make([]Flow, len(s.internal))
	for i, fl := range s.internal {
		fl.Data = set(fl.Data)
		cp.internal[i] = fl
	}
	return &cp
}

func retypedPaths(ps []PathTaint, set func(Set) Set) []PathTaint {
	out := make([]PathTaint, len(ps))
	for i, p := range ps {
		p.Taint.Data = set(p.Taint.Data)
		out[i] = p
	}
	return out
}

// retyped is s with each label's type replaced by retype's answer,
// copied only when one changes; good is false when retype fails.
func (s Set) retyped(retype func(types.Type) (types.Type, bool)) (out Set, changed, good bool) {
	out = s
	for i, l := range s {
		if l.typ == nil {
			continue
		}
		t, ok := retype(l.typ)
		if !ok {
			return s, false, false
		}
		if t == l.typ {
			continue
		}
		if !changed {
			out = append(Set(nil), s...)
			changed = true
		}
		out[i].typ = t
	}
	return out, changed, true
}

// untypedFree returns free with its literals' summaries Untyped, and
// whether any changed (free itself is left as it is).
func untypedFree(free []FreeFunc) ([]FreeFunc, bool) {
	var out []FreeFunc
	for j, ff := range free {
		if ff.Literal == nil {
			continue
		}
		if u := ff.Literal.Untyped(); u != ff.Literal {
			if out == nil {
				out = slices.Clone(free)
			}
			out[j].Literal = u
		}
	}
	return out, out != nil
}
