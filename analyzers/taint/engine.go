// Package taint is phivet's engine: a field-sensitive, interprocedural
// taint analysis over SSA that follows identifiable data from sources to
// sinks, judges each flow against the guards that hold where it is
// reported, and summarises every function for its callers.
//
// The analysis is modular. A package is analysed on its own; what other
// packages need travels as SummaryFacts. Within a package, functions are
// summarised on demand, callees first; a function together with its
// literals is one "family" solved to a fixed point over a finite lattice,
// so the cost is linear in code size times a small bound.
package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
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

	funcsByObj map[*types.Func]*ssa.Function
	inlinable  map[*ssa.Function]bool
	summaries  map[*ssa.Function]*Summary
	inProgress map[*ssa.Function]bool
	imported   map[*types.Func]*Summary
	starts     map[token.Pos]token.Pos

	typeLabels map[types.Type]*Label
	elemLabels map[types.Type]*Label // by the record or source type reached
	typeDests  map[destKey]catalog.Kind
	printCache map[printKey]Set
	printing   map[printKey]bool
	callees    map[*types.Func]calleeEntry
	impls      map[implKey][]*types.Func
	concrete   [][2]types.Type        // see concreteTypes
	scratch    scratchPool            // for setBuilders
	solves     freeList[solveBuffers] // for solve; nested solves take their own
	freeMaps   freeList[familyMaps]   // maps of finished small families, to reuse

	flows   []Flow
	ignored []IgnoredCheck
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
}

// Analyze runs the engine over the package's functions (as buildssa's
// SrcFuncs: declared functions and methods; literals are reached through
// their enclosing functions) whose syntax is in files.
func (e *Engine) Analyze(funcs []*ssa.Function, files []*ast.File) *Result {
	e.funcsByObj = map[*types.Func]*ssa.Function{}
	e.inlinable = map[*ssa.Function]bool{}
	e.summaries = map[*ssa.Function]*Summary{}
	e.inProgress = map[*ssa.Function]bool{}
	e.imported = map[*types.Func]*Summary{}
	e.typeLabels = map[types.Type]*Label{}
	e.elemLabels = map[types.Type]*Label{}
	e.typeDests = map[destKey]catalog.Kind{}
	e.printCache = map[printKey]Set{}
	e.printing = map[printKey]bool{}
	e.callees = map[*types.Func]calleeEntry{}
	e.impls = map[implKey][]*types.Func{}
	e.concrete = nil
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
	e.findInlinable(roots)
	for _, fn := range roots {
		e.summaryOf(fn)
	}
	res := &Result{Flows: e.flows, Ignored: e.ignored, Summaries: map[*types.Func]*Summary{}}
	for obj, fn := range e.funcsByObj {
		if s := e.summaries[fn]; s != nil {
			res.Summaries[obj] = s
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
	var s *Summary
	if e.ImportSummary != nil {
		s = e.ImportSummary(fn)
	}
	if s == nil && e.Analysed != nil && fn.Pkg() != nil && e.Analysed(fn.Pkg()) {
		s = &Summary{}
	}
	e.imported[fn] = s
	return s
}

// summaryOf analyses fn's family if that has not been done yet. A call
// back into a function still being analysed (recursion) sees the
// summary known so far.
func (e *Engine) summaryOf(fn *ssa.Function) *Summary {
	if s, ok := e.summaries[fn]; ok {
		return s
	}
	if e.inProgress[fn] {
		return &Summary{}
	}
	e.inProgress[fn] = true
	fam := newFamily(e, fn)
	fam.sum = &Summary{}
	fam.findOwn()
	fam.solve()
	fam.collect()
	fam.buildSummary()
	fam.findRoles()
	e.summaries[fn] = fam.sum
	delete(e.inProgress, fn)
	fam.release()
	return fam.sum
}
