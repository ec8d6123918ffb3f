package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// printsConstant reports whether v, a value put into an interface, is
// rendered by p through a method of its concrete type (Error, String…)
// whose output holds nothing: neither the value's data nor any other.
// Such a value prints nothing identifiable whatever it holds (an error
// carrying the bytes it failed on, whose message is a constant).
func (e *Engine) printsConstant(v ssa.Value, p catalog.Printer) bool {
	mi, ok := v.(*ssa.MakeInterface)
	if !ok {
		return false
	}
	t := mi.X.Type()
	if types.IsInterface(t) {
		return false
	}
	for _, m := range p.Methods() {
		fn := method(t, nil, m.Name)
		if fn == nil || !rendersLike(fn, m) {
			continue
		}
		if sfn := e.funcsByObj[fn.Origin()]; sfn != nil && e.cycles.unfinished(sfn) {
			return false // its summary so far is partial (a panic inside the method itself)
		}
		sum := e.summaryOfFunc(fn)
		if sum == nil {
			return false // unknown body: it may show the data
		}
		if m.Param < 0 {
			return len(sum.Results) == 0 || len(sum.Results[0].Data) == 0
		}
		return len(sum.OutOf(m.Param).Data) == 0
	}
	return false
}
