package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A served method is a method of a framework's service implementation
// (catalog.ServedEmbed: a struct embedding a generated gRPC server stub):
// the framework calls it with the caller's request and sends back what it
// returns. Its returns are respond sinks, reported at the return
// statement, and its request parameters are the caller's own data
// (contract §3: what the handler decodes from the request it serves may
// go back in the response to it). Only the data the method obtains
// itself counts at its returns: a Go caller of the method gets its
// results as values, not as a response, so a parameter's data reaching a
// return is no sink in the summary.

// servedAs returns the catalog row that makes fn a served method, or nil:
// fn is an exported method declared on a struct that embeds a type with
// a method named by the row's marker, and that type has a method of fn's
// name, which fn shadows.
func (e *Engine) servedAs(fn *ssa.Function) *catalog.ServedEmbed {
	if row, ok := e.served[fn]; ok {
		return row
	}
	row := e.findServed(fn)
	if e.served == nil {
		e.served = map[*ssa.Function]*catalog.ServedEmbed{}
	}
	e.served[fn] = row
	return row
}

func (e *Engine) findServed(fn *ssa.Function) *catalog.ServedEmbed {
	rows := e.Catalog.ServedEmbeds()
	recv := fn.Signature.Recv()
	if len(rows) == 0 || recv == nil || fn.Synthetic != "" || !token.IsExported(fn.Name()) {
		return nil
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := 0; i < st.NumFields(); i++ {
		fld := st.Field(i)
		if !fld.Embedded() {
			continue
		}
		et := fld.Type()
		if p, ok := et.(*types.Pointer); ok {
			et = p.Elem()
		}
		ms := types.NewMethodSet(types.NewPointer(et))
		if ms.Lookup(fn.Pkg.Pkg, fn.Name()) == nil && ms.Lookup(nil, fn.Name()) == nil {
			continue
		}
		for j := 0; j < ms.Len(); j++ {
			name := ms.At(j).Obj().Name()
			for k := range rows {
				if strings.HasPrefix(name, rows[k].Marker) {
					return &rows[k]
				}
			}
		}
	}
	return nil
}

// servedReturn reports what a served method's return sends to the
// caller: each result as the response shows it, the error by its
// message.
func (f *family) servedReturn(ret *ssa.Return, row *catalog.ServedEmbed) {
	name := "the return of " + funcName(f.root.Object().(*types.Func)) + " (" + row.What + ")"
	g := f.guardsAt(ret)
	for _, r := range ret.Results {
		p := row.Printer
		if isError(r.Type()) {
			p = catalog.Fmt
		}
		data := f.e.render(f.taintOf(r).Data, p).Concrete()
		f.event(SinkDesc{Name: name, Kind: vocab.KindRespond, Printer: p, ToCaller: true}, data, g, ret.Pos(), nil)
	}
}

// servedRequest lists a served method's parameters that hold the
// caller's request: all but the receiver and a context (catalog
// ContextTypes), which the server, not the caller, fills.
func (e *Engine) servedRequest(fn *ssa.Function) []*ssa.Parameter {
	var out []*ssa.Parameter
	for i, p := range fn.Params {
		if i == 0 && fn.Signature.Recv() != nil {
			continue
		}
		if n, ok := types.Unalias(p.Type()).(*types.Named); ok && n.Obj().Pkg() != nil &&
			e.Catalog.IsContextType(n.Obj().Pkg().Path(), n.Obj().Name()) {
			continue
		}
		out = append(out, p)
	}
	return out
}
