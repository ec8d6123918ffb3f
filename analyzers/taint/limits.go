package taint

import (
	"fmt"
	"go/token"
	"sort"
)

// Every bound of the engine is here, with why it is needed and what
// reaching it does. The bounds keep every fixed point finite and every
// walk short, and reaching one does one of two things:
//
//   - it widens: what is past the bound is merged into a coarser form
//     that still covers it (a shorter path standing for everything below
//     it, a label kept rather than filtered, a value treated as any
//     record rather than as the caller's own, a guard not recognised).
//     Nothing is lost; the answer is only less precise, and may report
//     more. These are not recorded.
//
//   - it cuts: what is past the bound is dropped, so a path through it
//     may be missed. Each is recorded (Result.Limits, by function and
//     bound; see Bounds) and the data-flow map lists it under coverage
//     (contract §4: an internal limit reached is reported, never
//     swallowed), or reported in a result of its own where so noted.
//
// A bound used at two places may do each at one.

// The lattice: label sets and the paths in them and in memory.
const (
	// maxPath bounds a memory path's length in characters: a bound on
	// the lattice height. Widens in locs (a longer field path is cut to
	// its prefix, which reads and stores stand for everything below;
	// copyStruct stores the whole); cuts, recorded, in appendParts (the
	// stores of an element's fields past it are skipped).
	maxPath = 64

	// maxParamPaths bounds how many paths into one parameter a set tells
	// apart. Code that walks a large tree of types (a generic value
	// package, a decoder) otherwise reads thousands of distinct paths of
	// every parameter, and every call substitutes each of them. Past the
	// bound, the deepest paths are cut a part at a time: a shorter path
	// stands for everything below it, so the set only grows coarser.
	// Widens.
	maxParamPaths = 24

	// maxPathParts bounds parameter paths, and the paths a summary
	// returns, writes and links through (cutSummaryPaths, addLink): a
	// bound on the lattice, not a tuning knob; a shorter path
	// over-approximates a longer one. Widens (merged at the shorter path,
	// after a run of one repeated part is folded into one: cutPath). A
	// constant key ("[=id]") is one part with the element before it
	// (partStarts): cut between them, the element would stand for every
	// key's value. Keys are constants of the program, so the lattice
	// stays finite.
	maxPathParts = 3

	// maxConds bounds the conditions on parameters (conds.go) one
	// package's labels tell apart, and one fact's: a label's condition
	// is a byte, below factConds for the engine's table and from it for
	// a fact's own. Past it, data on a new condition's branch has none,
	// as if every caller could take the branch. Widens.
	maxConds = 127
)

// The fixed points.
const (
	// maxSolvePasses bounds the passes of one family's solve. Every pass
	// that changes the state adds labels from a finite set, so solve
	// terminates without it; it is a guard against pathological inputs,
	// not a tuning knob. Cuts: the state of the last pass stands;
	// reaching it is recorded.
	maxSolvePasses = 50

	// maxCyclePasses bounds the passes over one cycle after the first
	// (cycles.go). A pass carries a fact at least one call further round
	// the cycle, and a fact can only lengthen a path up to maxPathParts
	// parts, so real cycles settle in two to four passes; the bound is a
	// guard against an oscillation, not a tuning knob. Cuts: the last
	// pass's summaries and flows stand, and the cycle's head is listed
	// in Result.Unsettled.
	maxCyclePasses = 8

	// maxOwnRounds bounds the rounds of findOwn. Each round grows the own
	// values from those known and withdraws the roots written untracked;
	// withdrawing one root can withdraw another (a pointer stored in it).
	// Real handlers settle in two or three. Widens: a longer chain is
	// cut by declaring nothing own or fresh, which only keeps findings.
	maxOwnRounds = 8

	// maxOwnPasses bounds the passes of one growth of the own values over
	// the instructions in block order: one pass settles straight-line code,
	// each loop-carried phi may need one more. Widens: what is not
	// settled own or fresh is a record as any other.
	maxOwnPasses = 16

	// maxOwnershipPasses bounds classOwnData's passes: each pass can only
	// add the data read from values that hold data a previous pass found to
	// be the parameters'; chains of such reads in one function are short.
	// Widens: a longer chain is cut as the function's own data, reported
	// where it is found.
	maxOwnershipPasses = 4
)

// The order of stores and reads (memorder.go).
const (
	// maxOrderedStores bounds how many instructions' stores under one
	// root are kept apart. Widens: past it the root's reads see every
	// store, as the joined state does.
	maxOrderedStores = 64

	// maxOrderedBlocks bounds the blocks of a function whose order of
	// stores and reads is worked out (a bit set per block, so quadratic).
	// Widens: in a larger function every store can run before every
	// read.
	maxOrderedBlocks = 4096
)

// The walks over the program's structure.
const (
	// maxLocDepth bounds the chain of field, index and pointer steps locs
	// follows back to a root. Cuts, recorded: past it the value names
	// itself, and what is stored under the real root is not read through
	// it.
	maxLocDepth = 64

	// maxBaseChain bounds baseData's walk up an address: selectors and
	// indexes nest only as deep as the source writes them. Cuts,
	// recorded.
	maxBaseChain = 8

	// maxAliasDepth bounds how far holds looks through appends and the
	// arrays holding their arguments: append(s, c) is three steps (the call,
	// the slice of its argument array, the store of c into that array).
	// Cuts, recorded.
	maxAliasDepth = 6

	// maxReslices bounds the reslices (p.Names[1:][:2]) collectionField
	// looks through; more than a few in a row does not occur in real code.
	// Cuts, recorded.
	maxReslices = 4

	// maxUnwrap bounds unwrap: conversions nest only as deep as the source
	// writes them. Widens in tracked (a value not seen through is
	// untracked, which withdraws its root: a record as any other); cuts,
	// recorded, in keyedMark.
	maxUnwrap = 8

	// maxHoldDepth bounds mayHold's walk into nested fields: deeper
	// nesting of a record inside an error type is rare. Widens: past it
	// the label is kept.
	maxHoldDepth = 3

	// maxDerivation bounds the walk from a value back to the parameter it
	// is read from: field, element and pointer chains in real code are a
	// few steps deep, and phis of phis would otherwise be walked again at
	// every merge. Widens: data not shown to come from a parameter is the
	// function's own, reported where it is found.
	maxDerivation = 16

	// maxFuncParamHops bounds the walk from a called function value to
	// the parameter it is (funcParamOf): a literal nested in literals
	// binds one free variable per level. Widens: a value not shown to be
	// a parameter gets no label for its result, so a wrapper's sink of
	// it is not listed in the summary.
	maxFuncParamHops = 8

	// maxTemplateTrace bounds how many calls and loads templateText follows
	// back from a template to the text it was parsed from
	// (template.Must(template.New(n).Parse(text)) is three). Widens: a
	// template whose text is not found prints every field.
	maxTemplateTrace = 8

	// maxVerdictSteps bounds the negations and comparisons successEdges
	// follows from a check's result to the branches on it: a verdict is
	// tested a step or two from the call. Widens: a branch past it is
	// not known to be taken on success, so the check does not guard
	// there, which only keeps findings.
	maxVerdictSteps = 8

	// maxStoreWalk bounds the blocks lastStores walks back from a
	// returned load of a local error result to the stores it may read
	// (defer tx.Finish(&err) keeps err in a local): the store is in the
	// returning block or a few before it. Widens: a return past it is not
	// known to pass on a check's verdict, so the function is no check,
	// which only keeps findings.
	maxStoreWalk = 8

	// maxQueryChain bounds the calls queryAssociations follows back from an
	// ORM load to the query's start (db.Preload("A").Where(…).Find(&x)
	// is three), and laterAssociations forward from a query given its
	// destination to its run: a query is built in a few chained calls.
	// Widens: a longer chain is taken to load every association, so the
	// destination is a record as any other.
	maxQueryChain = 32

	// maxModelDerefs bounds the pointers, slices and arrays loadedHolds
	// strips from a load's destination (*[]*Device is three) to reach the
	// model. Widens: past it the destination holds what its type says.
	maxModelDerefs = 8

	// maxLoadedWalk bounds the steps emittedLoaded takes down a model an
	// ORM load filled, through its pointers, collections and loaded
	// associations: the association paths end, but a type that is its
	// own element (type L []L) would not. Widens: past it a part prints
	// as its type says, unloaded associations and all.
	maxLoadedWalk = 32
)

// The resolution of dynamic calls.
const (
	// maxImpls bounds class hierarchy analysis: an interface implemented by
	// more types than this is a general-purpose one (a handler, a visitor),
	// whose calls are left unresolved rather than joined across everything.
	// Test doubles are not implementations and do not count. Cuts: the
	// call is unresolved, and listed as an unfollowed call when
	// identifiable data is passed to it (ReasonTooManyImpls).
	maxImpls = 8

	// maxFuncTargets bounds the functions a call through a function value
	// is resolved to, as maxImpls bounds an interface's: a value that can be
	// more than this many functions is a registry (a router's handler table,
	// a plugin list), and joining every entry's flows at every call through
	// it would report each handler's sinks at the dispatcher. Cuts: such a
	// call is left unresolved, and listed as an unfollowed call when
	// identifiable data is passed to it (ReasonTooManyTargets).
	maxFuncTargets = 8
)

// The size of what a summary carries.
const (
	// maxSteps bounds a path's length: a call chain thousands deep must not
	// make every summary on it carry the whole chain (quadratic in time and
	// memory). The sink end of the path is kept, with the first step.
	// Widens: a finding's shown path elides middle calls; the flow itself
	// is kept.
	maxSteps = 12

	// maxParamUnfollowed bounds the unfollowed callees one summary carries
	// for each parameter: each is checked at every call of the function and
	// travels in its fact, and a function reaching more (a dispatcher of
	// plugins) is listed through its first ones. Cuts, recorded: the rest
	// are not listed at the callers.
	maxParamUnfollowed = 16

	// maxHeldParts bounds the parts of a kept pointer's memory a caller
	// stores one by one under the holder (heldparts.go): a storage
	// writer's handle has a few fields, but a compiler's package or a
	// parser's state passed to a constructor has hundreds of stored
	// paths, and copying each into every object made from it multiplied
	// the memory a family reads. Past it, the whole is stored as one
	// union, as before. Widens, recorded: a field read through the holder
	// may carry its siblings' data.
	maxHeldParts = 8

	// maxSinkPlaces bounds the places one summary entry of a sink
	// (ParamSink) keeps steps for: the same data reaching the same sink
	// function at several calls of one function is a finding per call at
	// each of its callers, and each place is a flow every call of the
	// function brings. A function logging a parameter at more than a few
	// places is rare, and reporting its first ones is enough to show the
	// kind. Cuts, recorded: the places past it are not reported at the
	// callers.
	maxSinkPlaces = 4

	// maxSlotCalls bounds the calls through function values held in open
	// slots that one summary carries (see slotcalls.go): each is resolved
	// at every call of the function, against what the caller stores, and
	// travels in its fact; a dispatcher passing its parameters to more
	// callbacks than this is a framework, not a notifier. Cuts, recorded:
	// the rest are not applied at the callers.
	maxSlotCalls = 16

	// maxFailureSteps bounds how many merges and stores of a returned
	// error auditsOnSuccess follows back (auditsuccess.go) to show it is
	// not nil on a path without an audit: error plumbing is a few steps
	// deep, and one deeper is taken for a nil error. Cuts, recorded: the
	// function is not an audit on success, and its callers' flows stay
	// reported.
	maxFailureSteps = 8

	// maxIfaceCalls bounds the calls through interfaces that one summary
	// carries for implementations out of its sight (see ifacecalls.go),
	// for the same reasons as maxSlotCalls. Cuts, recorded: the rest are
	// not applied at the callers.
	maxIfaceCalls = 16

	// maxFuncCalls bounds the calls through function values held in
	// parameters that one summary carries (see funccalls.go), for the
	// same reasons. Cuts, recorded: the rest are not applied at the
	// callers.
	maxFuncCalls = 16

	// maxForwards bounds how many functions passing a function value's
	// call on (funccalls.go) a call is followed through in one family: a
	// function value that can be a method calling its own receiver again
	// would otherwise be followed for ever. Cuts, recorded: the calls
	// past it are not applied.
	maxForwards = 4
)

// The engine's own reuse of memory: no bound on the analysis at all.
const (
	// maxPooledFamily is the size, in instructions, of the largest family
	// whose maps are kept for reuse: clearing a map costs what it grew to.
	maxPooledFamily = 256

	// maxPooledMaps bounds how many finished families' maps are kept for
	// reuse at once.
	maxPooledMaps = 8
)

// Limit is a function where the engine reached a bound that can cut a
// path (see above).
type Limit struct {
	Pos   token.Pos // the function's (for a literal, its enclosing function's)
	Bound string    // the bound's name, a key of Bounds
}

// Bounds says, for each bound recorded as a Limit, what reaching it
// means for the analysis.
var Bounds = map[string]string{
	"maxSolvePasses":     fmt.Sprintf("the function's data flow did not settle within %d passes; the state of the last pass stands, so a path through it may be cut", maxSolvePasses),
	"maxBaseChain":       fmt.Sprintf("a read of a field nested more than %d selectors and indexes below a marked field was not traced back to that field, so its data may be missing", maxBaseChain),
	"maxAliasDepth":      fmt.Sprintf("a result linked into a parameter's memory through more than %d appends and arrays was not recognised, so what a caller writes into it afterwards may be missing", maxAliasDepth),
	"maxReslices":        fmt.Sprintf("an element of a marked collection field resliced more than %d times in a row was not traced back to the field, so its data may be missing", maxReslices),
	"maxUnwrap":          fmt.Sprintf("the key of a keyed source wrapped in more than %d conversions was not seen through, so the lookup's data is not classed", maxUnwrap),
	"maxPath":            fmt.Sprintf("an append of structs into a field path longer than %d characters did not store the elements' fields, so what they hold may be missing there", maxPath),
	"maxLocDepth":        fmt.Sprintf("a chain of more than %d field, index and pointer steps was cut short, so what is stored under it may be missing", maxLocDepth),
	"maxFailureSteps":    fmt.Sprintf("a returned error is followed back through more than %d merges or stores: the function is not taken to audit on success", maxFailureSteps),
	"maxIfaceCalls":      fmt.Sprintf("the function passes its parameters' data to more than %d calls through interfaces whose implementations its callers may see: the rest are not applied at its callers", maxIfaceCalls),
	"maxSlotCalls":       fmt.Sprintf("the function passes its parameters' data to more than %d calls through function values its callers may store: the rest are not applied at its callers", maxSlotCalls),
	"maxFuncCalls":       fmt.Sprintf("the function passes its parameters to more than %d calls through function values it was given: the rest are not applied at its callers", maxFuncCalls),
	"maxForwards":        fmt.Sprintf("a call passes a function value through more than %d functions that call it: what it does past them is not applied", maxForwards),
	"maxHeldParts":       fmt.Sprintf("a pointer a callee keeps refers to more than %d stored parts: they are stored whole under the holder, so a field read through it may carry its siblings' data", maxHeldParts),
	"maxSinkPlaces":      fmt.Sprintf("the function's parameters' data reaches one sink at more than %d places: the rest are not reported at its callers", maxSinkPlaces),
	"maxParamUnfollowed": fmt.Sprintf("a parameter of the function reaches more than %d callees phivet cannot follow: the rest are not listed at its callers", maxParamUnfollowed),
}

// reachLimit records that f's family reached bound. It allocates only
// when a bound is reached, which real code rarely does.
func (f *family) reachLimit(bound string) {
	l := Limit{Pos: f.root.Pos(), Bound: bound}
	for _, o := range f.e.limits {
		if o == l {
			return
		}
	}
	f.e.limits = append(f.e.limits, l)
}

// sortLimits orders limits by position and bound.
func sortLimits(ls []Limit) []Limit {
	sort.Slice(ls, func(i, j int) bool {
		if ls[i].Pos != ls[j].Pos {
			return ls[i].Pos < ls[j].Pos
		}
		return ls[i].Bound < ls[j].Bound
	})
	return ls
}
