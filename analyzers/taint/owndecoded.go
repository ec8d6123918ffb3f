package taint

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A literal a decoder fills from one parameter's bytes holds that
// parameter's data (json.Unmarshal(r.raw, b)), unless I/O wrote the bytes.

// decodedFrom is the parameter a call's catalog rows fill v, one of its
// arguments, from: the call is known only by rows that carry data (a
// decoder: json.Unmarshal(r.raw, b)), at least one writes into v, and
// every one that does reads only what one parameter refers to. -1
// otherwise.
func (f *family) decodedFrom(call ssa.CallInstruction, v ssa.Value, depth int) int {
	s := f.site(call)
	e := s.entry
	if s.anon != nil || len(e.Propagators) == 0 || e.Sink != nil || e.URLs != nil || e.Writer != nil ||
		e.Wrapper != nil || e.Destination != vocab.KindNone || e.NoReturn {
		return -1
	}
	idx := slices.Index(s.args, v)
	if idx < 0 {
		return -1
	}
	param := -1
	for _, p := range e.Propagators {
		if p.Into == catalog.Results || int(p.Into) != idx {
			continue
		}
		for i, a := range s.args {
			if i == idx || !p.From.Has(i) || isConst(a) {
				continue
			}
			if f.writtenUntracked(a) {
				return -1
			}
			j := f.rootParamOf(a, depth)
			if j < 0 || param >= 0 && j != param {
				return -1
			}
			param = j
		}
	}
	return param
}

// writtenUntracked reports whether what v refers to may hold data no
// label carries (an I/O read into a parameter's buffer): reading it is
// then not reading what the parameter was given.
func (f *family) writtenUntracked(v ssa.Value) bool {
	st := f.ownSt
	if st == nil {
		return false
	}
	for _, l := range f.locs(v) {
		if st.invalid[l.root] {
			return true
		}
	}
	return false
}
