package taint

import "go/types"

// carryByDefault applies the standard library's default to a static call
// of a standard function that has neither a catalog row nor a summary
// (phiflow does not analyse the standard library's bodies): what it
// returns is made of what it is given, as for regexp's ReplaceAllString,
// httputil.DumpRequestOut, xml.Marshal, utf16.Encode or reflect's
// Value.Field: each result that can hold data (a string, or a value that
// refers to or contains others: not a bool, a number, an error, a func or
// a chan) receives the data and destinations of the arguments, receiver
// included. Nothing is written into the arguments: most methods on a
// pointer receiver read it (Regexp.MatchString), so the containers that
// store what they are given (sync.Map.Store) have rows instead.
//
// An argument of a context type (the catalog's ContextTypes: a
// context.Context) gives its data only to a context result: a context's
// values are reached only through Value(key), so a request rebuilt with
// WithContext carries its own URL, not every value of ctx.
// Functions and channels passed are code and plumbing, not data.
func (f *family) carryByDefault(s *callSite) {
	for r := 0; r < s.result.Len(); r++ {
		rt := s.result.At(r).Type()
		if !holdsData(rt) {
			continue
		}
		var t Taint
		for _, a := range s.args {
			if f.e.givesTo(a.Type(), rt) {
				t, _ = t.union(f.taintOf(a))
			}
		}
		if !t.empty() {
			f.setResult(s, r, t)
		}
	}
}

// holdsData reports whether a value of type t can carry identifiable
// data made from other values: strings, and values that refer to or
// contain others. Booleans and numbers a standard function returns are
// verdicts, lengths, positions and counts (strings.Contains, utf8's
// counts, regexp's MatchString); an error's text is its own.
func holdsData(t types.Type) bool {
	if isError(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Signature, *types.Chan:
		return false
	}
	return true
}

// givesTo reports whether an argument of type at gives its data to a
// result of type rt under the default (see carryByDefault).
func (e *Engine) givesTo(at, rt types.Type) bool {
	switch at.Underlying().(type) {
	case *types.Signature, *types.Chan:
		return false
	}
	return !e.isContext(at) || e.isContext(rt)
}

// isContext reports whether t is a type the catalog says holds data
// reached only by key (a context.Context).
func (e *Engine) isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && e.Catalog.IsContextType(n.Obj().Pkg().Path(), n.Obj().Name())
}

// carriesByDefault reports whether the default applies to fn: a function
// of the standard library that the catalog does not make opaque.
func (e *Engine) carriesByDefault(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	return e.Catalog.CarriesByDefault(fn.Origin().FullName(), fn.Pkg().Path())
}
