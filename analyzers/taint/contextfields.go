package taint

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// A value handed to a sink may carry the request's context beside its
// data: a renderer holding the response's gin.Context, a job holding
// its context.Context. The context holds what the handlers kept in it
// by key, none of which the value shows: a printer shows a pointer
// below the top as its address, an encoder skips an unexported field,
// and a context type is plumbing, not data. So what the value holds in
// a field of a context type (see Table.ContextTypes) is not printed
// with it.

// contextFields are the names of t's fields (t a struct or a pointer to
// one) whose type is a context type or a pointer to one; nil for most
// types, which have none.
func (e *Engine) contextFields(t types.Type) []string {
	if fs, ok := e.ctxFields[t]; ok {
		return fs
	}
	var fs []string
	if st, ok := deref(t).Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			if ft := st.Field(i).Type(); e.isContext(ft) || e.isContext(deref(ft)) {
				fs = append(fs, st.Field(i).Name())
			}
		}
	}
	e.ctxFields[t] = fs
	return fs
}

// inContextField reports whether a path below a value (".c.Keys",
// ".ctx") lies in one of the value's context fields fs.
func inContextField(fs []string, below string) bool {
	if !strings.HasPrefix(below, ".") {
		return false
	}
	name := below[1:]
	if i := strings.IndexAny(name, ".["); i >= 0 {
		name = name[:i]
	}
	for _, f := range fs {
		if f == name {
			return true
		}
	}
	return false
}

// besideContext is what printer p shows of v when v (unboxed) has
// context fields: what it holds outside them, and outside the fields p
// hides. ok is false for a value without context fields.
func (f *family) besideContext(v ssa.Value, p catalog.Printer) (data Set, ok bool) {
	v, ctx := f.unboxedContextFields(v)
	if len(ctx) == 0 {
		return nil, false
	}
	t := v.Type()
	return f.shownBoxed(v, func(below string) bool {
		return inContextField(ctx, below) || p.HidesFields() && f.e.hiddenPath(t, p, below)
	}).Data, true
}

// anyBesideContext reports whether one of vals (a call's variadic
// operands) has context fields.
func (f *family) anyBesideContext(vals []ssa.Value) bool {
	return slices.ContainsFunc(vals, func(v ssa.Value) bool {
		_, ctx := f.unboxedContextFields(v)
		return len(ctx) > 0
	})
}

// unboxedContextFields is v taken out of its interface box, and its
// context fields (none for a nil operand or an interface).
func (f *family) unboxedContextFields(v ssa.Value) (ssa.Value, []string) {
	if x, isBox := v.(*ssa.MakeInterface); isBox {
		v = x.X
	}
	if v == nil || types.IsInterface(v.Type()) {
		return v, nil
	}
	return v, f.e.contextFields(v.Type())
}
