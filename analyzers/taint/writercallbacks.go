package taint

import (
	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// writtenByCallbacks gives a call's results what the callbacks it is
// passed write into the writer the library later hands them (see
// catalog.WriterCallback): the library calls them out of phivet's sight,
// so their writes would otherwise go nowhere.
func (f *family) writtenByCallbacks(s *callSite) {
	for _, wc := range s.entry.WriterCallbacks {
		if wc.Callback >= len(s.args) {
			continue
		}
		data := f.writtenBy(s.args[wc.Callback], wc)
		if len(data) == 0 {
			continue
		}
		for i := 0; i < s.result.Len(); i++ {
			if !isError(s.result.At(i).Type()) {
				f.setResult(s, i, Taint{Data: data})
			}
		}
	}
}

// writtenBy returns what the function value v writes into its parameter
// wc.Writer: for a literal of this family, what its code stores there;
// for a bound method or a closure of other code, whose body is not this
// family's, all the data it is bound to, which is all it can write of
// the caller's.
func (f *family) writtenBy(v ssa.Value, wc catalog.WriterCallback) Set {
	if lit := f.literal(v); lit != nil {
		if wc.Writer >= len(lit.Params) {
			return nil
		}
		return f.argAt(lit.Params[wc.Writer], "").Data
	}
	mc, ok := v.(*ssa.MakeClosure)
	if !ok {
		return nil
	}
	var data Set
	for _, b := range mc.Bindings {
		data, _ = data.Union(f.argAt(b, "").Data)
	}
	return data
}
