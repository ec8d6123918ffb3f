package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A declared function returned as a value (a translator's no-op beside
// the closures a constructor makes) is listed in ResultFuncs first by
// reference (ResultFunc.decl), and by its summary only once the package
// is solved (withDeclaredFuncs). Taking its summary while the returning
// function is solved would make that function a reader of one it never
// calls: a declared function calling, directly or not, the function
// that returns it would close a call cycle that the calls alone do not,
// and its members would be solved again until they settle.

// declaredFunc returns the declared function fn, returned as a value, by
// reference (none for a synthetic function or a method value, bound).
// Only a function returning no function value itself: the states of a
// lexer return each other, and a summary carrying the summaries of the
// functions it returns, each carrying theirs, grows without end.
func (e *Engine) declaredFunc(fn *ssa.Function, bound bool) ([]ResultFunc, bool) {
	obj, ok := fn.Object().(*types.Func)
	if bound || fn.Synthetic != "" || !ok || returnsFuncs(fn.Signature) {
		return nil, false
	}
	return []ResultFunc{{Func: obj.Name(), decl: obj}}, true
}

// withDeclaredFuncs gives each declared function s returns its summary,
// now final, in a copy of s (s itself if it returns none). A result
// whose declared function has no summary (no body, no fact) is dropped:
// a caller would not know every function it may call.
func (e *Engine) withDeclaredFuncs(s *Summary) *Summary {
	if s == nil || !hasDecl(s.ResultFuncs) {
		return s
	}
	unknown := map[int]bool{}
	filled := make([]ResultFunc, 0, len(s.ResultFuncs))
	for _, rf := range s.ResultFuncs {
		if rf.decl != nil {
			rf.Summary, rf.decl = e.summaryOfFunc(rf.decl), nil
			if rf.Summary == nil {
				unknown[rf.Result] = true
			}
		}
		filled = append(filled, rf)
	}
	cp := *s
	cp.ResultFuncs = nil
	for _, rf := range filled {
		if !unknown[rf.Result] {
			cp.ResultFuncs = append(cp.ResultFuncs, rf)
		}
	}
	return &cp
}

func hasDecl(rfs []ResultFunc) bool {
	for _, rf := range rfs {
		if rf.decl != nil {
			return true
		}
	}
	return false
}
