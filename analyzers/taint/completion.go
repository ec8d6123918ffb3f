package taint

import (
	"go/types"

	"github.com/phivet/phivet/analyzers/vocab"
)

// What the phivet command's completion step needs to know to leave a
// package's first judgement standing. A second judgement adds, at the
// package's interface calls, implementations out of its sight (and, at
// its calls through slots, the functions packages out of its sight store
// there: the same holds for them); its
// findings differ from the first's only if identifiable data, a check or
// a required guard is at stake:
//
//   - in a package whose solved state holds no identifiable data at all
//     (no concrete label in any value, no flow, no ignored check), only
//     an implementation that brings some of its own can matter: one
//     returning or writing identifiable data, a source, a check (a call
//     that no longer reaches only checks is no check: implsCheckRole), an
//     audit, a function calling for a guard, or one whose function values
//     do any of these. One calling a function value the caller passes it
//     (FuncCalls) brings nothing of its own: the value is the package's,
//     whose code, if it read identifiable data, would hold it already
//     (a function of another package passed by value and reaching data
//     of its own is the one case left out: judging every package that
//     renders a component or serves a HandlerFunc again cost 3% more
//     family solves on golang.org/x/tools);
//   - in any other package, every implementation can (its parameters'
//     data reaching a sink, a check it does not share).
//
// Most interface calls the step completes are through broad standard
// interfaces (a response writer's WriteHeader, a body's Close), whose
// implementations out of sight only move their parameters around; in a
// package that never sees identifiable data, judging again for them
// costs a type check, an SSA build and a solve for nothing.

// holdsData reports whether the family's solved state holds identifiable
// data anywhere, or its judgement found anything.
func (f *family) holdsData() bool {
	if len(f.flows) > 0 || len(f.ignored) > 0 || len(f.unfollowed) > 0 {
		return true
	}
	for _, t := range f.vals {
		if t.Data.hasConcrete() {
			return true
		}
	}
	for _, ts := range f.tuples {
		for _, t := range ts {
			if t.Data.hasConcrete() {
				return true
			}
		}
	}
	for _, t := range f.mem {
		if t.Data.hasConcrete() {
			return true
		}
	}
	return false
}

func (s Set) hasConcrete() bool {
	for _, l := range s {
		if l.Concrete() {
			return true
		}
	}
	return false
}

// bringsData reports whether calling fn, whose summary is s, can change
// what a caller holding no identifiable data finds (see above).
func (e *Engine) bringsData(fn *types.Func, s *Summary) bool {
	if m := e.Model.Mark(fn); m != nil && (m.Source.Identifiable() || m.Check || m.Audit || m.Requires != vocab.GuardNone) {
		return true
	}
	return s.BringsData()
}

// BringsData reports whether a call of a function summarised as s can
// change what a caller holding no identifiable data finds, by what the
// summary says (its marks aside: see Engine.bringsData).
func (s *Summary) BringsData() bool {
	if s.Check != nil || s.Audit || s.AuditOnSuccess != nil || len(s.SlotCalls) > 0 || len(s.IfaceCalls) > 0 || len(s.internal) > 0 {
		return true
	}
	for _, t := range s.Results {
		if t.Data.hasConcrete() {
			return true
		}
	}
	for _, parts := range [][]PathTaint{s.ResultFields, s.Outs} {
		for _, p := range parts {
			if p.Taint.Data.hasConcrete() {
				return true
			}
		}
	}
	for _, w := range s.Writes {
		if w.Data.hasConcrete() {
			return true
		}
	}
	for _, rf := range s.ResultFuncs {
		if rf.Summary.BringsData() {
			return true
		}
		for _, ff := range rf.Free {
			if ff.Literal != nil && ff.Literal.BringsData() {
				return true
			}
		}
	}
	return false
}
