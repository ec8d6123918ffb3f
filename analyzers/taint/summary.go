package taint

import (
	"go/token"
	"go/types"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Guards says which guards hold at a place.
type Guards struct {
	Check bool
	Audit bool
}

func (g Guards) or(o Guards) Guards { return Guards{g.Check || o.Check, g.Audit || o.Audit} }

// Hold reports whether guard holds (a required guard: check or audit).
func (g Guards) Hold(guard vocab.Guard) bool {
	if guard == vocab.GuardAudit {
		return g.Audit
	}
	return g.Check
}

// SinkDesc names a sink for messages.
type SinkDesc struct {
	Name string     // "log.Printf"
	Kind vocab.Kind // for URL sinks, Transmit
	URL  bool       // the data goes into a URL (PHI1004)
	// Printer is how the sink renders values given whole; a caller
	// applies it to the data it passes.
	Printer catalog.Printer
	// ToCaller: the sink answers the caller (a respond sink, or one the
	// configuration names transmit that the catalog knows responds), so
	// the caller's own data may go back through it.
	ToCaller bool
}

// ParamSink records that the data of a parameter reaches a sink inside
// the function (or a callee), with the guards that hold there.
type ParamSink struct {
	Param  int
	Path   string // where in the parameter the data was read
	Sink   SinkDesc
	Guards Guards
	Steps  []Step // from the function's entry to the sink
	// Cond is the condition on the function's parameters under which
	// the sink is reached, numbered as a label's (Label.Cond); 0: none.
	Cond uint8
	// More holds the steps to the other places where the same data
	// reaches a sink of the same description (two log.Printf calls in
	// one function): distinct flows, each a finding at the callers, but
	// one entry here, so that every call substitutes the data once. At
	// most maxSinkPlaces-1.
	More [][]Step
}

// sameSink reports whether ps and o are one entry of a summary.
func (ps ParamSink) sameSink(o ParamSink) bool {
	return o.Param == ps.Param && o.Path == ps.Path && o.Sink == ps.Sink && o.Guards == ps.Guards && o.Cond == ps.Cond
}

// places calls at with the steps to each place the entry's sink is
// reached at.
func (ps ParamSink) places(at func(steps []Step)) {
	at(ps.Steps)
	for _, st := range ps.More {
		at(st)
	}
}

// SinkPlace is the place a path ends at: the sink's call (its last
// step), by position or, in another package's fact, by file and line.
// Flows to one sink reached at two places are two flows.
func SinkPlace(steps []Step) Step {
	if len(steps) == 0 {
		return Step{}
	}
	last := steps[len(steps)-1]
	return Step{Pos: last.Pos, Where: last.Where}
}

// WriterSink records that data is written to whatever parameter Dest
// writes to: a sink once the caller's destination is known.
type WriterSink struct {
	Dest   int
	Data   Set // concrete labels found inside, and symbolic ones
	Sink   SinkDesc
	Guards Guards
	Steps  []Step
	// Reported has bit k set when the write is inside the body of a
	// call marked a sink of kind k, which reported the data at that
	// call: a destination of kind k is the same disclosure (the client
	// library's socket write under a configured publish), not a second
	// one.
	Reported uint8
}

// CheckRole says how a function acts as a disclosure check: which result
// says yes, and whether it is a bool (true: permitted) or an error (nil:
// permitted).
type CheckRole struct {
	Result int
	Bool   bool
}

// Summary is what callers need to know of a function. Exported functions'
// summaries travel to importing packages as facts.
type Summary struct {
	Results []Taint // per result: data and destinations it may hold (for a struct, apart from its fields)
	// ResultFields is what the fields of a struct result hold, per path:
	// a helper returning Row{Pseudonym: pseudo(nhs), Site: s.Site} makes
	// each column what it is, not the union of all.
	ResultFields []PathTaint
	// Outs is what the function writes into the memory its parameters
	// refer to, per parameter and path (a setter, an encoder's sink).
	Outs []PathTaint
	// ResultAliases are the results the function linked into a
	// parameter's memory (a builder's new child).
	ResultAliases []ResultAlias
	// ParamLinks are the parameters the function linked into another
	// parameter's memory (an adder's child).
	ParamLinks []ParamLink
	Sinks      []ParamSink
	Writes     []WriterSink
	Check      *CheckRole // a check wrapper: returns a check's result on every path
	Audit      bool       // calls an audit on every path to a normal return
	// ResultGuards are the guards that hold at every return where a
	// result carries data the function obtains itself: what a caller
	// of a function value sends of its results was checked there (see
	// funcresults.go).
	ResultGuards Guards
	// AuditOnSuccess: the function calls an audit on every path on which
	// this result says success (an error result: nil), though not on the
	// paths that fail (see auditsOnSuccess). A caller's success branch is
	// audited, as a check's success branch is checked.
	AuditOnSuccess *CheckRole
	// Unfollowed are the calls phivet cannot follow that the data of a
	// parameter reaches, inside the function or a callee: a caller
	// passing identifiable data there lists them (see ParamUnfollowed).
	Unfollowed []ParamUnfollowed
	// SlotCalls are the parameters' data passed to calls through function
	// values that callers may store out of the function's sight (see
	// slotcalls.go).
	SlotCalls []SlotCall
	// IfaceCalls are the parameters' data passed to calls through
	// interfaces that implementations out of the function's sight may
	// answer (see ifacecalls.go).
	IfaceCalls []IfaceCall
	// FuncCalls are the calls through the function values parameters
	// hold that pass the function's parameters on (see funccalls.go).
	FuncCalls []FuncCall

	// Queries are the results that are an ORM query the function builds
	// from a parameter's query or from a connection (a model's helper
	// returning db.Preload("Doctor")), with the associations it names
	// on the way: a caller's load through the result loads those (see
	// ormhelpers.go).
	Queries []QueryResult

	// Passes are the results that are one of the parameters itself on
	// every return (a store's Save(r *Row) (*Row, error) returning r):
	// the caller's argument comes back as it went in, but for what the
	// function writes into it (Outs, Fills). See passedOwn.
	Passes []PassedParam
	// Accessors are the results the function hands back of what it reads
	// from its parameters alone (see accessor.go), each with the
	// parameters it reads: a caller passing its own request gets its own
	// data back (ownAccessorResults), in another package too.
	Accessors []AccessorResult
	// ResultFuncs are the function literals and declared functions the
	// function returns, by their summaries (a constructor of query
	// closures): a caller in another package calling the function value
	// it gets calls one of them (see funcvals.go, returned). Listed for
	// a result only when every return gives one of them (or nil) there.
	ResultFuncs []ResultFunc

	// Own, Fresh and Fills are bit sets by result or parameter index
	// (see own.go). Own: the result holds only the request the handler
	// is serving. Fresh: the result is a new record holding only what
	// the call passes. Fills: the function may write data into the
	// record parameter i points to that no label of this summary carries
	// (an I/O read, code with no summary), so a caller's record is no
	// longer only what it was.
	Own, Fresh, Fills uint64
	// FillsOwn: the function decodes into the memory parameter i refers
	// to the request being served, and nothing untracked (a helper's
	// Parse(r, &req)): the caller's record then holds its caller's own
	// data, as if it had decoded it there (see ownfills.go).
	FillsOwn uint64
	// Clears are the marked fields the function gives a constant in the
	// record a parameter points to, on every path to its normal returns
	// (a Redact method): each call clears them, as a store of a constant
	// in the caller would (cleared.go).
	Clears []ParamClear

	// Conds are the conditions the labels and sinks of a summary the
	// engine hands out name, from factConds on (see conds.go).
	Conds []Cond

	// internal holds the flows found inside an unexported function that is
	// judged at each of its calls, as if inlined there. Never in a fact.
	internal []Flow
	// paramOrigins are the origins of the concrete data such a function
	// read from its parameters (see ownership.go), so that a caller
	// passing its own parameters' data knows it for what it is. Never in
	// a fact.
	paramOrigins map[Step]bool
}

// AccessorResult says that result Result is read from the parameters in
// the bit set From alone.
type AccessorResult struct {
	Result int
	From   uint64
}

// ResultFunc is a function literal or declared function result Result
// may be, by its summary.
type ResultFunc struct {
	Result  int
	Summary *Summary
	// Func names the declared function returned (a no-op returned
	// where no translation table is found); "" for a literal.
	Func string
	// decl is the declared function returned while the package is
	// solved, Summary nil until then (see resultdecls.go).
	decl *types.Func
	// Free says what the function returning the literal binds to the
	// free variables the literal calls (a FuncCall on one), which the
	// literal's own summary cannot know (see freefuncs.go).
	Free []FreeFunc
}

// FreeFunc is one thing the function returning a literal binds to the
// literal's free variable Var (the index among its free variables): the
// function value its own parameter Param holds, which its callers pass,
// or (Param -1) the literal Literal, by its summary.
type FreeFunc struct {
	Var     int
	Param   int
	Literal *Summary
}

func (f FreeFunc) same(o FreeFunc) bool { return f == o }

// QueryResult says that result Result is the query parameter Param holds
// (-1: a query started from a connection), loading the association paths
// Names too.
type QueryResult struct {
	Result, Param int
	Names         []string
}

// PassedParam says that result Result is parameter Param itself.
type PassedParam struct{ Result, Param int }

// passed returns the parameter result i is, or -1.
func (s *Summary) passed(i int) int {
	for _, p := range s.Passes {
		if p.Result == i {
			return p.Param
		}
	}
	return -1
}

// PathTaint is taint at a path below a parameter or result.
type PathTaint struct {
	Index int // parameter (receiver = 0) or result index
	Path  string
	Taint Taint
}

// OutOf is everything the function writes into parameter i's memory.
func (s *Summary) OutOf(i int) Taint {
	var t Taint
	for _, o := range s.Outs {
		if o.Index == i {
			t, _ = t.union(o.Taint)
		}
	}
	return t
}

// Flow is identifiable data reaching a sink, or a requires function
// called, at a place in the function being judged.
type Flow struct {
	Sink     SinkDesc
	Data     Set         // concrete labels reaching the sink
	Requires vocab.Guard // for a call of a requires function: the guard it requires
	// Sanitized flows carry only sanitized data: acceptable, kept for the
	// data-flow map.
	Sanitized bool
	Callee    string // the requires function's name
	Pos       token.Pos
	Guards    Guards
	Steps     []Step
	// Own is set on a flow found in an unexported function judged at its
	// calls when the data is the function's own (not read from its
	// parameters): it stays where it is found, judged with the guards of
	// each call, rather than moving to the calls.
	Own bool
}

// SummaryFact carries a function's summary to importing packages.
type SummaryFact struct{ Summary }

func (*SummaryFact) AFact() {}

func (f *SummaryFact) String() string { return "summary(" + f.Summary.describe() + ")" }

// AnalysedFact marks a package whose functions phiflow analysed: a
// function of it without a SummaryFact has nothing to tell its callers,
// which is not the same as a body never seen (assumed to show its data).
type AnalysedFact struct{}

func (*AnalysedFact) AFact() {}

func (*AnalysedFact) String() string { return "analysed" }

// ParamClear is a field of the record parameter Param points to that the
// function clears (Summary.Clears).
type ParamClear struct {
	Param int
	Field string
}
