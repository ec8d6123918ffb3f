package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A served function is one a framework calls with a caller's request and
// whose return it sends back: a method of a service implementation
// (catalog.ServedEmbed: a struct embedding a generated gRPC server stub)
// or a handler recognised by its signature (catalog.ServedHandler: an AWS
// Lambda HTTP handler). Its returns are respond sinks, reported at the
// return statement, and its request parameters are the caller's own data
// (contract §3: what the handler decodes from the request it serves may
// go back in the response to it). Only the data the function obtains
// itself counts at its returns: a Go caller of it gets its results as
// values, not as a response, so a parameter's data reaching a return is
// no sink in the summary.

// servedRole is how a framework serves a function: what messages call
// it, how its response shows a returned value, and which of its
// parameters hold the caller's request (nil: all but the receiver and a
// context).
type servedRole struct {
	what    string
	printer catalog.Printer
	request func(types.Type) bool
}

// servedAs returns how fn is served, or nil: a method of a service
// implementation (catalog.ServedEmbed), or a handler by its signature
// (catalog.ServedHandler).
func (e *Engine) servedAs(fn *ssa.Function) *servedRole {
	if role, ok := e.served[fn]; ok {
		return role
	}
	role := e.findServed(fn)
	if role == nil {
		role = e.servedHandler(fn)
	}
	if e.served == nil {
		e.served = map[*ssa.Function]*servedRole{}
	}
	e.served[fn] = role
	return role
}

// findServed: fn is an exported method declared on a struct that embeds
// a type with a method named by a ServedEmbed row's marker, and that
// type has a method of fn's name, which fn shadows.
func (e *Engine) findServed(fn *ssa.Function) *servedRole {
	rows := e.Catalog.ServedEmbeds()
	recv := fn.Signature.Recv()
	if len(rows) == 0 || recv == nil || fn.Synthetic != "" || !token.IsExported(fn.Name()) {
		return nil
	}
	st, ok := deref(recv.Type()).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := 0; i < st.NumFields(); i++ {
		fld := st.Field(i)
		if !fld.Embedded() {
			continue
		}
		ms := types.NewMethodSet(types.NewPointer(deref(fld.Type())))
		if ms.Lookup(fn.Pkg.Pkg, fn.Name()) == nil && ms.Lookup(nil, fn.Name()) == nil {
			continue
		}
		for j := 0; j < ms.Len(); j++ {
			name := ms.At(j).Obj().Name()
			for _, row := range rows {
				if strings.HasPrefix(name, row.Marker) {
					return &servedRole{what: row.What, printer: row.Printer}
				}
			}
		}
	}
	return nil
}

// servedHandler: fn takes one of a ServedHandler row's request types and
// returns one of its response types (an AWS Lambda handler, from
// events.APIGatewayProxyRequest to events.APIGatewayProxyResponse); its
// parameters of the request types hold the caller's request.
func (e *Engine) servedHandler(fn *ssa.Function) *servedRole {
	if e.calledOnly[fn] {
		// A handler's shape, but this package's own code calls it (a
		// router dispatching after its permission check): its response
		// is the caller's to send, and judged there.
		return nil
	}
	res, params := fn.Signature.Results(), fn.Signature.Params()
	for _, row := range e.Catalog.ServedHandlers() {
		takesRequest := false
		for i := 0; i < params.Len(); i++ {
			takesRequest = takesRequest || namedIn(params.At(i).Type(), row.Requests)
		}
		if !takesRequest {
			continue // a helper building a response is no handler
		}
		for i := 0; i < res.Len(); i++ {
			if namedIn(res.At(i).Type(), row.Responses) {
				requests := row.Requests
				return &servedRole{what: row.What, printer: row.Printer,
					request: func(t types.Type) bool { return namedIn(t, requests) }}
			}
		}
	}
	return nil
}

// namedIn reports whether t (or what it points to) is a named type
// spelled "pkg/path.Name" in names.
func namedIn(t types.Type, names []string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	full := n.Obj().Pkg().Path() + "." + n.Obj().Name()
	for _, name := range names {
		if name == full {
			return true
		}
	}
	return false
}

// servedReturn reports what a served method's return sends to the
// caller: each result as the response shows it, the error by its
// message.
func (f *family) servedReturn(ret *ssa.Return, role *servedRole) {
	name := literalName
	if obj, ok := ret.Parent().Object().(*types.Func); ok {
		name = funcName(obj)
	}
	name = "the return of " + name + " (" + role.what + ")"
	g := f.guardsAt(ret)
	for _, r := range ret.Results {
		p := role.printer
		if isError(r.Type()) {
			p = catalog.Fmt
		}
		sink := SinkDesc{Name: name, Kind: vocab.KindRespond, Printer: p, ToCaller: true}
		f.branchEvents(sink, r, g, ret.Pos(), nil, func(v ssa.Value) Set { return f.e.render(f.taintOf(v).Data, p).Concrete() })
	}
}

// servedRequest lists a served function's parameters that hold the
// caller's request: those of the role's request types, or else all but
// the receiver and a context (catalog ContextTypes), which the server,
// not the caller, fills.
func (e *Engine) servedRequest(fn *ssa.Function, role *servedRole) []*ssa.Parameter {
	var out []*ssa.Parameter
	for i, p := range fn.Params {
		if i == 0 && fn.Signature.Recv() != nil {
			continue
		}
		if role.request != nil {
			if role.request(p.Type()) {
				out = append(out, p)
			}
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
