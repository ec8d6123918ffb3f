package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Engine analyses one package.
type Engine struct {
	Fset    *token.FileSet
	Pkg     *types.Package
	Model   *model.Model
	Catalog *catalog.Catalog
	// ImportSummary returns the summary another package exported for fn,
	// or nil.
	ImportSummary func(fn *types.Func) *Summary
	// Analysed reports whether another package was analysed, so that a
	// function of it with no summary is known to have nothing to tell.
	Analysed func(pkg *types.Package) bool
	// Dependency says the package belongs to another module than the
	// one(s) being analysed: its own panic, print and println are its
	// internal failures, not disclosures (contract §2), so only the
	// catalog's and the configuration's sinks count in it.
	Dependency bool
	// Program, when set, extends interface calls to the implementations
	// anywhere in the analysed program (see Program); nil, they reach
	// those of this package and its imports.
	Program Program
	// ImportFuncSlots returns the function values another package stored
	// into slots (see slots.go), or nil.
	ImportFuncSlots func(pkg *types.Package) *FuncSlotsFact
	// ImportHiddenImpls returns the hidden implementations another
	// package declares (see hiddenimpls.go), or nil.
	ImportHiddenImpls func(pkg *types.Package) *HiddenImplsFact
	// verifyReads and verifySkips check the engine's shortcuts against
	// the full computation, panicking where they differ; only tests set
	// them (TestShortcutsMatchFullComputation). verifyReads makes read
	// and argAt recompute every memoised answer, and applySummary make
	// the stores of an Out it would skip as a repeat (outmemo.go): this
	// checks that invalidation is complete. verifySkips makes solve run the
	// transfers it would skip: this checks that every read records its
	// dependency. verifyCycles makes settle solve every member of a
	// settled cycle once more: this checks that the worklist (cycles.go)
	// left no member that read a summary which changed since.
	verifyReads, verifySkips, verifyCycles bool

	funcsByObj map[*types.Func]*ssa.Function
	inlinable  map[*ssa.Function]bool
	// conds is the table of conditions labels and sinks refer to, by
	// index + 1, and condIdx their indexes (see conds.go).
	conds   []Cond
	condIdx map[condKey]uint8
	// calledOnly are the functions this package calls statically and
	// never uses as a value: no framework is handed them (served.go).
	calledOnly map[*ssa.Function]bool
	summaries  map[*ssa.Function]*Summary
	cycles     cycleState // summaries under way; see cycles.go
	imported   map[*types.Func]*Summary
	starts     map[token.Pos]token.Pos

	// served caches servedAs by function, nil answers included.
	served map[*ssa.Function]*servedRole
	// errorHooks caches errorHookOf by hook field, for the package.
	errorHooks map[string]*errorHook

	typeLabels map[types.Type]*Label
	elemLabels map[types.Type]*Label // by the record or source type reached
	// stringerCache holds, per type, the String and Error methods
	// printing a value of it calls (stringer.go).
	stringerCache map[types.Type][]stringerMethod
	// generic are the generic types in sight (calls.go genericTypes);
	// typeContext dedupes the instances made of them.
	generic     []*types.Named
	typeContext *types.Context
	typeDests   map[destKey]vocab.Kind
	printCache  map[printKey]Set
	printing    map[printKey]bool
	// loadedPrints caches what a record ORM loads filled prints
	// (ormloads.go).
	loadedPrints map[loadedKey]Set
	// fieldRules and heldRecords cache what a field's declaration says
	// of the reads below it (markedpaths.go).
	fieldRules  map[fieldRuleKey]fieldRule
	heldRecords map[heldRecordKey]bool
	hidden      map[hideKey]bool         // see hiddenPath
	ctxFields   map[types.Type][]string  // see contextFields
	factTypes   map[[2]string]types.Type // see factType
	// templatePaths caches templatePaths by template text.
	templatePaths map[string][]string
	callees       map[*types.Func]calleeEntry
	errorVars     map[*ssa.Global]bool // see errorVar
	impls         map[implKey][]*types.Func
	// hiddenByKey and hiddenFuncs are the functions standing for the
	// imports' hidden implementations' methods (hiddenFunc).
	hiddenByKey map[hiddenKey]*types.Func
	hiddenFuncs map[*types.Func]*HiddenMethod
	concrete    [][2]types.Type // see concreteTypes
	dispatches  []Dispatch      // interface calls resolved within sight
	// keyedDispatches are the callees' interface calls noted as
	// dispatches (noteKeyedDispatch), by method, interface and those seen.
	keyedDispatches map[string]bool
	seesData        bool                   // some family holds identifiable data (completion.go)
	scratch         scratchPool            // for setBuilders
	solves          freeList[solveBuffers] // for solve; nested solves take their own
	freeMaps        freeList[familyMaps]   // maps of finished small families, to reuse

	ownInstrs  freeList[[]ssa.Instruction] // for findOwn; nested families take their own
	underBuf   Set                         // for addWholeUnder, which does not nest
	operandBuf []*ssa.Value                // for stepOperand, which does not nest
	wrapFields map[wrapField]bool          // see wrapfields.go
	// handles are what loads through a package variable load (see
	// ormhandles.go).
	handles map[*ssa.Global]handleLoads

	roots     []*ssa.Function
	slots     map[string][]funcRef // what this package stores into each slot
	slotCache map[string][]funcRef // with what the imported packages store
	deps      []*types.Package     // see dependencies
	depByPath map[string]*types.Package
	slotFacts map[*types.Package]map[string][]FuncSlot
	// slotReads and slotSums: see Result.SlotReads and Result.SlotSums.
	slotReads map[string]bool
	slotSums  map[*types.Func]*Summary
	// literalsUnderWay are the literals literalSummary is summarising.
	literalsUnderWay map[*ssa.Function]bool
	// carries: the package imports one whose functions keep a function
	// value for a callee to call (see carried.go).
	carries bool

	flows   []Flow
	ignored []IgnoredCheck
	// unfollowed and implsCut: see Unfollowed.
	unfollowed []Unfollowed
	implsCut   map[implKey]bool
	// limits: see Limit; nil until a bound that cuts is reached.
	limits []Limit
}

// IgnoredCheck is a disclosure check whose verdict is never used.
type IgnoredCheck struct {
	Pos   token.Pos
	Check string
}

// Result is what analysing a package found.
type Result struct {
	// Flows are the flows judged in this package, acceptable or not;
	// policy decides which are findings.
	Flows []Flow
	// Ignored are check calls whose result is ignored (PHI2001).
	Ignored []IgnoredCheck
	// Summaries of the package's functions with a declaration.
	Summaries map[*types.Func]*Summary
	// Unsettled are the heads of call cycles whose summaries had not
	// settled after maxCyclePasses passes (see cycles.go): their
	// summaries and flows are those of the last pass.
	Unsettled []token.Pos
	// Dispatches are the package's interface calls resolved among the
	// types in its sight, when the engine did not see the whole program.
	Dispatches []Dispatch
	// SeesData says the package's solved state holds identifiable data,
	// or its judgement found anything; BringsData lists its functions
	// (and the functions of SlotSums) that can change what a caller
	// without any finds (completion.go).
	// Both only when the engine did not see the whole program.
	SeesData   bool
	BringsData map[*types.Func]bool
	// Marks are the marks of its methods that have any (directives and
	// configuration), for the completion step to give the packages that
	// reach them out of their sight, where no fact carries a directive.
	Marks map[*types.Func]*model.MarkFact
	// SlotReads are the open slots (see programslots.go) that the
	// package's calls through function values read, sorted, when the
	// engine did not see the whole program.
	SlotReads []string
	// SlotSums are the summaries, from facts, of the other packages'
	// functions the package stores into open slots: the completion step
	// gives them to the packages that read those slots, which need not
	// import the functions' packages.
	SlotSums map[*types.Func]*Summary
	// FuncSlots are the function values the package stores into slots.
	FuncSlots map[string][]FuncSlot
	// Unfollowed are the calls identifiable data reaches whose callee
	// the engine cannot follow, one per call site and callee, in order.
	Unfollowed []Unfollowed
	// Limits are the functions where a bound that can cut a path was
	// reached (see limits.go), one per function and bound, in order.
	Limits []Limit
}

// Analyze runs the engine over the package's functions (as buildssa's
// SrcFuncs: declared functions and methods; literals are reached through
// their enclosing functions) whose syntax is in files.
func (e *Engine) Analyze(funcs []*ssa.Function, files []*ast.File) *Result {
	e.funcsByObj = map[*types.Func]*ssa.Function{}
	e.inlinable = map[*ssa.Function]bool{}
	e.calledOnly = map[*ssa.Function]bool{}
	e.summaries = map[*ssa.Function]*Summary{}
	e.cycles.reset()
	e.imported = map[*types.Func]*Summary{}
	e.typeLabels = map[types.Type]*Label{}
	e.elemLabels = map[types.Type]*Label{}
	e.fieldRules = map[fieldRuleKey]fieldRule{}
	e.heldRecords = map[heldRecordKey]bool{}
	e.typeDests = map[destKey]vocab.Kind{}
	e.printCache = map[printKey]Set{}
	e.printing = map[printKey]bool{}
	e.loadedPrints = map[loadedKey]Set{}
	e.hidden = map[hideKey]bool{}
	e.ctxFields = map[types.Type][]string{}
	e.factTypes = map[[2]string]types.Type{}
	e.callees = map[*types.Func]calleeEntry{}
	e.impls = map[implKey][]*types.Func{}
	e.implsCut = map[implKey]bool{}
	e.unfollowed = nil
	e.limits = nil
	e.concrete, e.generic, e.typeContext = nil, nil, types.NewContext()
	e.stringerCache = nil // keyed by this package's types: none outlive it
	e.dispatches, e.seesData = nil, false
	e.slotReads, e.slotSums = nil, nil
	e.errorHooks = nil
	e.slots, e.slotCache, e.deps, e.depByPath = nil, map[string][]funcRef{}, nil, nil
	e.slotFacts = map[*types.Package]map[string][]FuncSlot{}
	e.literalsUnderWay = map[*ssa.Function]bool{}
	e.handles = map[*ssa.Global]handleLoads{}
	e.carries = false
	for _, imp := range e.Pkg.Imports() {
		e.carries = e.carries || e.Catalog.CarriesFuncs(imp.Path())
	}
	e.starts = callStarts(files)

	var roots []*ssa.Function
	for _, fn := range funcs {
		if fn.Parent() != nil || len(fn.Blocks) == 0 {
			continue
		}
		roots = append(roots, fn)
		if obj, ok := fn.Object().(*types.Func); ok {
			e.funcsByObj[obj] = fn
		}
	}
	e.roots = roots
	e.findInlinable(roots)
	for _, fn := range roots {
		e.summaryOf(fn)
	}
	for fn, s := range e.summaries {
		e.summaries[fn] = e.withDeclaredFuncs(s)
	}
	slots := e.exportSlots()
	res := &Result{Flows: e.flows, Ignored: e.ignored, Summaries: map[*types.Func]*Summary{}, Unsettled: e.cycles.unsettled, Dispatches: e.dispatches, SlotReads: slices.Sorted(maps.Keys(e.slotReads)), FuncSlots: slots, SlotSums: e.slotSums, Unfollowed: sortUnfollowed(e.unfollowed), Limits: sortLimits(e.limits)}
	if e.Program == nil {
		res.SeesData = e.seesData
		res.BringsData, res.Marks = map[*types.Func]bool{}, map[*types.Func]*model.MarkFact{}
	}
	for obj, fn := range e.funcsByObj {
		s := e.summaries[fn]
		if s == nil {
			continue
		}
		s = e.exported(s) // its conditions in a table of its own
		res.Summaries[obj] = s
		if res.BringsData == nil {
			continue
		}
		if e.bringsData(obj, s) {
			res.BringsData[obj] = true
		}
		if m := e.Model.Mark(obj); obj.Signature().Recv() != nil && !m.Empty() {
			res.Marks[obj] = m
		}
	}
	for fn, s := range res.SlotSums {
		// Other packages' functions the package stores into slots.
		if res.BringsData != nil && e.bringsData(fn, s) {
			res.BringsData[fn] = true
		}
	}
	sort.SliceStable(res.Flows, func(i, j int) bool { return res.Flows[i].Pos < res.Flows[j].Pos })
	return res
}

// callStarts maps each call's left parenthesis (what SSA records) to the
// start of the call expression (where findings are reported; for a
// method chain, the start of the chain).
func callStarts(files []*ast.File) map[token.Pos]token.Pos {
	m := map[token.Pos]token.Pos{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				m[c.Lparen] = c.Pos()
			}
			return true
		})
	}
	return m
}

func (e *Engine) callStart(instr ssa.CallInstruction) token.Pos {
	p := instr.Common().Pos()
	if s, ok := e.starts[p]; ok {
		return s
	}
	if p.IsValid() {
		return p
	}
	return instr.Pos()
}

// findInlinable marks the unexported functions that are judged at each
// of their calls: called statically in this package, never used as a
// value, and (for methods) never reachable through an interface.
func (e *Engine) findInlinable(roots []*ssa.Function) {
	calls := map[*ssa.Function]int{}
	asValue := map[*ssa.Function]bool{}
	invoked := map[string]bool{}
	// markValue records g as used as a value; a synthetic wrapper (a
	// bound method value or method expression) exposes the method it calls.
	markValue := func(g *ssa.Function) {
		asValue[g] = true
		if g.Synthetic == "" {
			return
		}
		for _, b := range g.Blocks {
			for _, instr := range b.Instrs {
				if ci, ok := instr.(ssa.CallInstruction); ok {
					if callee := ci.Common().StaticCallee(); callee != nil {
						asValue[callee] = true
					}
				}
			}
		}
	}
	// One buffer for every instruction's operands: a fresh array per
	// instruction escaped to the heap through the interface call, 2.5%
	// of the engine's allocation.
	var ops []*ssa.Value
	var scan func(fn *ssa.Function)
	scan = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var callee ssa.Value
				if ci, ok := instr.(ssa.CallInstruction); ok {
					c := ci.Common()
					if c.IsInvoke() {
						invoked[c.Method.Name()] = true
					} else {
						callee = c.Value
						if g, ok := callee.(*ssa.Function); ok {
							calls[g]++
						}
					}
				}
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if *op == callee {
						continue
					}
					switch g := (*op).(type) {
					case *ssa.Function:
						markValue(g)
					case *ssa.MakeClosure:
						markValue(g.Fn.(*ssa.Function))
					}
				}
			}
		}
		for _, anon := range fn.AnonFuncs {
			scan(anon)
		}
	}
	for _, fn := range roots {
		scan(fn)
	}
	for _, fn := range roots {
		if calls[fn] > 0 && !asValue[fn] {
			e.calledOnly[fn] = true
		}
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Exported() || calls[fn] == 0 || asValue[fn] {
			continue
		}
		if fn.Name() == "init" || fn.Name() == "main" && fn.Signature.Recv() == nil {
			continue
		}
		if fn.Signature.Recv() != nil && invoked[fn.Name()] {
			continue
		}
		e.inlinable[fn] = true
	}
}

// summaryOfFunc returns the summary of fn from this package (computed on
// demand) or from a fact, or nil when nothing is known.
func (e *Engine) summaryOfFunc(fn *types.Func) *Summary {
	fn = fn.Origin()
	if fn.Pkg() == e.Pkg {
		if sfn := e.funcsByObj[fn]; sfn != nil {
			return e.summaryOf(sfn)
		}
		return nil
	}
	if s, ok := e.imported[fn]; ok {
		return s
	}
	if hm := e.hiddenFuncs[fn]; hm != nil {
		return e.importConds(hm.Summary)
	}
	var s *Summary
	if e.Program != nil {
		s = e.Program.Summary(fn)
	}
	if s == nil && e.ImportSummary != nil {
		s = e.ImportSummary(fn)
	}
	s = e.importConds(s)
	if s == nil && e.Analysed != nil && fn.Pkg() != nil && e.Analysed(fn.Pkg()) {
		s = &Summary{}
	}
	e.imported[fn] = s
	return s
}
