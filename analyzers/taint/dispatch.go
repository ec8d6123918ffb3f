package taint

import (
	"go/types"
	"strings"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
)

// Program is the whole analysed program as the phivet command sees it
// once every package's summaries are known: the implementations of an
// interface in packages the analysed one does not import (dependency
// injection wired in main), the function values they store into slots,
// and their summaries. The modular runners (go
// vet, golangci-lint, nogo) analyse one package at a time and have none.
type Program interface {
	// Implementations returns the methods named like m of the program's
	// types that implement iface, test doubles excluded.
	Implementations(iface *types.Interface, m *types.Func) []*types.Func
	// Summary returns the summary of a method Implementations returned,
	// or of a function SlotFuncs returned, or nil.
	Summary(fn *types.Func) *Summary
	// SlotFuncs returns what the program's packages store under slot k
	// (see programslots.go).
	SlotFuncs(k string) []ProgramFunc
	// ImplementationsOf returns the program's implementations of the
	// method mk of the interface whose methods are keys (MethodKey), test
	// doubles excluded: for a summary's interface calls, known by keys.
	ImplementationsOf(mk string, keys []string) []ProgramImpl
	// Mark returns the marks, directives included, of a method
	// Implementations returned, or nil: no fact carries a directive to
	// a package that does not import the method's.
	Mark(fn *types.Func) *model.MarkFact
}

// Dispatch is an interface call whose implementations were looked up
// among the types in sight of the package (its own and its imports'):
// those found, by full name. A program-wide completion re-judges the
// package when the program has implementations beyond these.
type Dispatch struct {
	Iface  *types.Interface
	Method *types.Func
	Seen   map[string]bool
	// MethodKey and IfaceKeys stand for Method and Iface (nil) when the
	// call is a callee's, known by keys (a summary's IfaceCall).
	MethodKey string
	IfaceKeys []string
}

// noteDispatch records an interface call resolved within sight.
func (e *Engine) noteDispatch(iface *types.Interface, m *types.Func, impls []*types.Func) {
	d := Dispatch{Iface: iface, Method: m, Seen: map[string]bool{}}
	for _, fn := range impls {
		d.Seen[fn.Origin().FullName()] = true
	}
	e.dispatches = append(e.dispatches, d)
}

// noteKeyedDispatch records a callee's interface call, passed on to this
// package by its summary, for the completion step: it reached no
// implementation in the callee's sight.
func (e *Engine) noteKeyedDispatch(ic IfaceCall) {
	k := ic.Method + "\x00" + strings.Join(ic.Iface, "\x00")
	if e.keyedDispatches[k] {
		return
	}
	if e.keyedDispatches == nil {
		e.keyedDispatches = map[string]bool{}
	}
	e.keyedDispatches[k] = true
	d := Dispatch{Seen: map[string]bool{}, MethodKey: ic.Method, IfaceKeys: ic.Iface}
	e.dispatches = append(e.dispatches, d)
}

// addUnseen adds to impls the methods of more that are not among them.
// The two lists may come from different views of one package (its
// source and its export data), so methods are told apart by full name.
func addUnseen(impls, more []*types.Func) []*types.Func {
	seen := map[string]bool{}
	for _, fn := range impls {
		seen[fn.Origin().FullName()] = true
	}
	for _, fn := range more {
		if name := fn.Origin().FullName(); !seen[name] {
			seen[name] = true
			impls = append(impls, fn)
		}
	}
	return impls
}

// IsTestDouble reports whether t (a named type, or a pointer to one) is
// a test double: a struct holding a field of one of the mock libraries'
// marker types the catalog lists (testify's embedded mock.Mock, gomock's
// controller). Interface calls never reach test doubles.
func IsTestDouble(c *catalog.Catalog, t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		ft := types.Unalias(st.Field(i).Type())
		if p, ok := ft.(*types.Pointer); ok {
			ft = types.Unalias(p.Elem())
		}
		n, ok := ft.(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		if c.TestDoubleField(n.Obj().Pkg().Path() + "." + n.Obj().Name()) {
			return true
		}
	}
	return false
}

// Gains reports whether extra implementations found beyond those in
// sight change what the call reaches: past maxImpls over the program the
// call keeps those in sight (see implementations).
func (d Dispatch) Gains(extra int) bool {
	return extra > 0 && len(d.Seen)+extra <= maxImpls
}
