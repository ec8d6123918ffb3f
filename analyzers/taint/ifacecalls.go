package taint

import (
	"go/token"
	"slices"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A call through an interface reaches every implementation in the
// program (contract §3), but a function is summarised with only the
// implementations its package sees: a service calling a repository port
// whose adapter only main imports learns nothing of the adapter, and a
// caller passing identifiable data to the service would miss what the
// adapter does with it. The summary says so (IfaceCalls): the
// parameter's data goes, as an argument, to a call of that interface
// method, which reached no implementation in sight. (One that reached
// some is left as the package sees it: carrying every resolved call
// through the summaries cost a tenth of the run on golang.org/x/tools,
// whose own interfaces are answered in sight; a port is seldom
// implemented beside the code calling it.) A caller
// notes the call as an interface call of its own (a Dispatch by keys),
// so that the phivet command's completion step judges it again once
// every package is known; there, the implementations the program has
// beyond those (Program.ImplementationsOf) bring their sinks to the
// caller's call. A caller's own parameters' data passes the call on in
// its summary, for its callers. Calls through the standard library's
// interfaces (a writer's Write, a context's Value) are left out: their
// implementations out of sight are other libraries' plumbing, and
// writers are followed by destination (contract §3, sinks that are
// writers). So are the calls made in dependencies (other modules): the
// interfaces a service wires in main are its own, and a library's calls
// between its own packages are its plumbing too (an SDK's request
// builder handing the request to its client: the data entered the
// request where the service called the SDK, and is reported there).

// IfaceCall is a parameter's data passed to a call through an interface
// whose implementations out of the summarised function's sight may
// answer it.
type IfaceCall struct {
	Param  int    // parameter (receiver = 0)
	Path   string // where in the parameter the data was read
	Arg    int    // the argument of the interface call (receiver = 0)
	Method string // the method called (MethodKey)
	Iface  []string
	Guards Guards
	Steps  []Step // from the function's entry to the call
}

func (c IfaceCall) same(o IfaceCall) bool {
	return c.Param == o.Param && c.Path == o.Path && c.Arg == o.Arg && c.Method == o.Method && c.Guards == o.Guards &&
		slices.Equal(c.Iface, o.Iface)
}

// ProgramImpl is an implementation Program.ImplementationsOf returns.
type ProgramImpl struct {
	Name string // as findings name a callee (funcName)
	Sum  *Summary
	Mark *model.MarkFact
}

// noteIfaceCalls records, for the summary, the parameters' data an
// interface call passes when implementations out of sight may answer it.
func (f *family) noteIfaceCalls(s *callSite, here Guards, pos token.Pos) {
	if s.iface == nil || len(s.impls) > 0 || s.fn == nil || f.e.Program != nil || f.e.Dependency || s.fn.Pkg() == nil || catalog.IsStandard(s.fn.Pkg().Path()) {
		return
	}
	method, keys := MethodKey(s.fn), InterfaceKeys(s.iface)
	for j := 1; j < len(s.args); j++ {
		for _, l := range f.argAt(s.args[j], "").Data.Symbolic() {
			if l.Sanitized {
				continue
			}
			f.addIfaceCall(IfaceCall{Param: l.Param - 1, Path: l.Path, Arg: j, Method: method, Iface: keys,
				Guards: here, Steps: []Step{{Pos: pos, Msg: "passed to " + funcName(s.fn)}}})
		}
	}
}

func (f *family) addIfaceCall(c IfaceCall) {
	for _, o := range f.sum.IfaceCalls {
		if o.same(c) {
			return
		}
	}
	if len(f.sum.IfaceCalls) >= maxIfaceCalls {
		f.reachLimit("maxIfaceCalls")
		return
	}
	f.sum.IfaceCalls = append(f.sum.IfaceCalls, c)
}

// applyIfaceCalls applies, at a call of a function with that summary,
// what the program's implementations beyond those the callee saw do
// with the data it passes to interface calls, and passes the calls on.
func (f *family) applyIfaceCalls(s *callSite, sum *Summary, here Guards, pos token.Pos, name string) {
	call := Step{Pos: pos, Msg: "passed to " + name}
	for _, ic := range sum.IfaceCalls {
		if ic.Param >= len(s.args) {
			continue
		}
		data := f.argAt(s.args[ic.Param], ic.Path).Data
		if len(data) == 0 {
			continue
		}
		g, via := here.or(ic.Guards), prepend(call, ic.Steps)
		// Only identifiable data makes a finding here; a parameter's
		// data is passed on below, for the callers to complete. So a
		// package is judged again for a callee's interface call only
		// where it passes identifiable data to it.
		switch {
		case !data.hasConcrete():
		case f.e.Program == nil:
			f.e.noteKeyedDispatch(ic)
		default:
			impls := f.e.Program.ImplementationsOf(ic.Method, ic.Iface)
			if len(impls) > maxImpls {
				break
			}
			for _, impl := range impls {
				f.applyProgramImpl(impl, ic.Arg, data, g, pos, via)
			}
		}
		for _, l := range data.Symbolic() {
			if !l.Sanitized {
				f.addIfaceCall(IfaceCall{Param: l.Param - 1, Path: l.Path, Arg: ic.Arg, Method: ic.Method, Iface: ic.Iface,
					Guards: g, Steps: via})
			}
		}
	}
}

// applyProgramImpl brings to this call the sinks an implementation
// reaches with the argument arg of the interface call, which holds data
// somewhere: the implementation's sinks of that parameter, at any path.
func (f *family) applyProgramImpl(impl ProgramImpl, arg int, data Set, g Guards, pos token.Pos, via []Step) {
	if impl.Mark != nil && impl.Mark.Sink != vocab.KindNone {
		f.event(SinkDesc{Name: impl.Name, Kind: impl.Mark.Sink, Printer: catalog.Fmt}, f.e.render(data, catalog.Fmt), g, pos, via)
	}
	if impl.Sum == nil {
		return
	}
	for _, ps := range impl.Sum.Sinks {
		if ps.Param == arg {
			rendered := f.e.render(data, ps.Sink.Printer)
			ps.places(func(steps []Step) {
				f.event(ps.Sink, rendered, g.or(ps.Guards), pos, append(append([]Step{}, via...), steps...))
			})
		}
	}
}
