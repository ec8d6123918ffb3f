package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// calledFunc returns the function or interface method c calls by name,
// or nil for a call of a function value, a literal or a built-in.
func calledFunc(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if callee := c.StaticCallee(); callee != nil {
		fn, _ := callee.Object().(*types.Func)
		return fn
	}
	return nil
}

// noMark is the marks of a call with no known callee; like the model's
// marks, it is shared and never modified.
var noMark = &model.MarkFact{}

// calleeEntry is what the marks and the catalog say of a function: the
// same at each of its calls, so it is looked up once (spelling its full
// name for the catalog cost 2% of all the time at 1M lines).
type calleeEntry struct {
	mark  *model.MarkFact
	entry catalog.Entry
	// byDefault: a standard function with no row, which carries data by
	// the standard library's default (see carryByDefault).
	byDefault bool
}

func (e *Engine) calleeOf(fn *types.Func) calleeEntry {
	if c, ok := e.callees[fn]; ok {
		return c
	}
	c := calleeEntry{mark: e.Model.Mark(fn)}
	var more *model.MarkFact // what the model cannot know: a hidden method's directives, or one out of sight
	if hm := e.hiddenFuncs[fn]; hm != nil {
		more = hm.Mark
	} else if e.Program != nil {
		more = e.Program.Mark(fn)
	}
	if more != nil {
		m := *c.mark // the model's, shared
		m.Merge(more)
		c.mark = &m
	}
	pkgPath := ""
	if fn.Pkg() != nil {
		pkgPath = fn.Pkg().Path()
	}
	sig := fn.Type().(*types.Signature)
	c.entry = e.Catalog.Lookup(fn.Origin().FullName(), pkgPath, sig.Recv() != nil)
	if c.entry.Query == nil && sig.Recv() != nil {
		c.entry.Query = e.Catalog.LookupGeneratedQuery(fn.Origin())
	}
	if c.entry.Empty() {
		if sk := e.Catalog.LookupSignature(sig); sk != nil {
			sk.Func = fn.FullName()
			c.entry.Sink = sk
		}
	}
	c.byDefault = c.entry.Empty() && e.carriesByDefault(fn)
	e.callees[fn] = c
	return c
}

// transformArgs reports whether the callee only computes its results
// from its arguments, as the catalog says (strings.TrimSpace,
// strconv.Quote, fmt.Errorf), and which arguments those are: marked
// nothing, and every catalog row a propagator into its results, with no
// other role. renders says a row prints values, through their methods if
// they have any (a String method may read anything): the caller counts
// the call only when the values it prints have none.
func (c calleeEntry) transformArgs() (from func(int) bool, renders, ok bool) {
	e, m := c.entry, c.mark
	if m != nil && *m != (model.MarkFact{}) || len(e.Propagators) == 0 || e.IO || len(e.RequestReads) > 0 ||
		e.Sink != nil || e.URLs != nil || e.Writer != nil || e.Wrapper != nil || e.Destination != vocab.KindNone {
		return nil, false, false
	}
	for _, p := range e.Propagators {
		if p.Into != catalog.Results || p.OnlyError || p.OnlyResults != nil {
			return nil, false, false
		}
		renders = renders || p.Printer != catalog.Raw
	}
	return func(i int) bool {
		for _, p := range e.Propagators {
			if p.From.Has(i) {
				return true
			}
		}
		return false
	}, renders, true
}
