package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A value put into an interface may be printed through its String or
// Error method (fmt and every printer built on it do), and through those
// of its exported fields (fmt calls a field's method when it can reach
// it), and such a method may read more than the value: a reference type
// whose String looks the name up. Records and source types are printed
// through their methods where they are printed (expand.go); for any other
// type, what those methods read beyond the value itself (their summaries'
// concrete data) goes with the boxed value.
var stringerMethods = [...]string{"String", "Error"}

// stringerData is the concrete data the String or Error methods of v, and
// of its exported fields, return; nil when there are none, they are
// unknown, or they return nothing identifiable.
func (f *family) stringerData(v ssa.Value) Set {
	t := v.Type()
	if types.IsInterface(t) {
		return nil
	}
	var data Set
	for _, m := range f.e.stringers(t) {
		sum := f.e.summaryOfFunc(m.fn)
		if sum == nil || len(sum.Results) == 0 {
			continue
		}
		got := sum.Results[0].Data.Concrete()
		if m.top {
			// v is the receiver: what the method reads of it is the
			// caller's own where v is.
			got = f.resolveOwnIfArgs([]ssa.Value{v}, got)
		} else {
			got = f.resolveOwnIfArgs(nil, got)
		}
		data, _ = data.Union(got)
	}
	return data
}

// stringerMethod is a String or Error method printing a value of some
// type calls: top says it is the value's own, not a field's.
type stringerMethod struct {
	fn  *types.Func
	top bool
}

// stringers lists, per type, the String and Error methods printing a
// value of it calls, of types that are not records or source types
// (theirs are applied where they are printed). Cached by type: boxing
// is among the commonest instructions.
func (e *Engine) stringers(t types.Type) []stringerMethod {
	if ms, ok := e.stringerCache[t]; ok {
		return ms
	}
	var out []stringerMethod
	seen := map[types.Type]bool{}
	var walk func(t types.Type, top bool)
	walk = func(t types.Type, top bool) {
		if seen[t] || types.IsInterface(t) {
			return
		}
		seen[t] = true
		if e.typeLabel(t, 0, "") != nil {
			return
		}
		found := false
		for _, name := range stringerMethods {
			if fn := method(t, nil, name); fn != nil && returnsStringOnly(fn) {
				out = append(out, stringerMethod{fn, top})
				found = true
			}
		}
		if found {
			return // fmt prints the value through its method alone
		}
		u := t.Underlying()
		if p, ok := u.(*types.Pointer); ok {
			walk(p.Elem(), top)
			return
		}
		if st, ok := u.(*types.Struct); ok {
			for i := range st.NumFields() {
				if fld := st.Field(i); fld.Exported() {
					walk(fld.Type(), false)
				}
			}
		}
	}
	walk(t, true)
	if e.stringerCache == nil {
		e.stringerCache = map[types.Type][]stringerMethod{}
	}
	e.stringerCache[t] = out
	return out
}

// returnsStringOnly reports whether fn has fmt.Stringer's shape: no
// parameters, one string result.
func returnsStringOnly(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 0 && sig.Results().Len() == 1 && isString(sig.Results().At(0).Type())
}
