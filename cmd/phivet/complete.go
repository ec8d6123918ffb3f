package main

import (
	"go/token"
	"go/types"
	"runtime"
	"sync"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/phiignore"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/internal/driver"
)

// The completion step: go/analysis passes see a package and its imports,
// so an interface call whose implementation is in a package the caller
// does not import (wired in main or a dependency injection container)
// reaches nothing. The command sees the whole program: while the driver
// runs, every package's methods that have a summary are indexed by what
// they implement (programIndex); each named package whose interface calls
// were resolved within sight is kept (its pass, and what the pass reads
// of its imports); once every package is done, the kept packages whose
// calls gain implementations are judged again with the index, and their
// findings replace the first ones. Packages that gain nothing are judged
// once. Calls through function values held in slots are completed the
// same way (completeslots.go).

// programIndex is the whole program's methods that have a summary, by
// receiver type. Types of one package may be seen through its source and
// through its export data, whose objects differ: so types are matched to
// interfaces by their methods' names and signatures spelled out, not by
// identity.
//
// The index lives to the end of the run, where the run's memory peaks,
// so it keeps no types: a method is its names and keys, with its summary
// whose labels are untyped as a fact's are (taint.Summary.Untyped; its
// steps keep their positions, in the run's one file set), and a package
// judged again sees it as a function standing for it (standIn), as it
// sees a hidden implementation (analyzers/taint/hiddenimpls.go).
// Kept as types, the index held a copy of every method's receiver,
// signature and labels' types, and through them the export data of what
// those name: 40 MB of orca's live heap at the end of the driver's run.
type programIndex struct {
	// byMethod lists, for a method's key, the types declaring it.
	byMethod map[string][]*indexedType
	// summaries and marks are those of the functions slots hold
	// (completeslots.go).
	summaries map[*types.Func]*taint.Summary
	marks     map[*types.Func]*model.MarkFact
	// byName gives the functions summaries has, as slots name them.
	byName map[funcName]*types.Func
	// slots is what every package stores into slots (completeslots.go).
	slots map[string][]taint.ProgramFunc
}

// indexedType is a named type of the program: the keys of its pointer's
// method set, and its methods that have a summary.
type indexedType struct {
	pkg     *types.Package // a package of the declaring one's path and name, for stand-ins
	name    string
	keys    map[string]bool
	methods map[string]*indexedMethod // by key
}

// indexedMethod is a method of an indexed type.
type indexedMethod struct {
	owner   *indexedType
	name    string
	pointer bool // declared on the pointer
	summary *taint.Summary
	// brings says it can change what a package holding no identifiable
	// data finds (taint.Result.BringsData); mark is its marks
	// (taint.Result.Marks), or nil.
	brings bool
	mark   *model.MarkFact
}

// displayName is the method's name as findings spell a callee's
// ("(*client.pager).Page": the package's name, not its path).
func (m *indexedMethod) displayName() string {
	recv := m.owner.pkg.Name() + "." + m.owner.name
	if m.pointer {
		recv = "*" + recv
	}
	return "(" + recv + ")." + m.name
}

// fullName is the method's full name, as types.Func.FullName spells it.
func (m *indexedMethod) fullName() string {
	recv := m.owner.pkg.Path() + "." + m.owner.name
	if m.pointer {
		recv = "*" + recv
	}
	return "(" + recv + ")." + m.name
}

func newProgramIndex() *programIndex {
	return &programIndex{byMethod: map[string][]*indexedType{}, summaries: map[*types.Func]*taint.Summary{},
		marks: map[*types.Func]*model.MarkFact{}, byName: map[funcName]*types.Func{}, slots: map[string][]taint.ProgramFunc{}}
}

// add indexes the methods of a package that have a summary, and what it
// stores into slots.
func (x *programIndex) add(p *driver.Package, res *phiflow.Result, forMap bool) {
	if res == nil || res.Result == nil {
		return
	}
	byType := map[*types.Named]*indexedType{}
	pkgs := map[*types.Package]*types.Package{}
	for fn, sum := range res.Summaries {
		recv := fn.Signature().Recv()
		mark := res.Marks[fn]
		if recv == nil || emptySummary(sum) && mark == nil {
			continue
		}
		named := receiverNamed(recv.Type())
		if named == nil || named.TypeParams().Len() > 0 || taint.IsTestDouble(catalog.Standard, named) {
			continue
		}
		it := byType[named]
		if it == nil {
			src := named.Obj().Pkg()
			if pkgs[src] == nil {
				pkgs[src] = types.NewPackage(src.Path(), src.Name())
			}
			it = &indexedType{pkg: pkgs[src], name: named.Obj().Name(), keys: map[string]bool{}, methods: map[string]*indexedMethod{}}
			ms := types.NewMethodSet(types.NewPointer(named))
			for i := 0; i < ms.Len(); i++ {
				k := taint.MethodKey(ms.At(i).Obj().(*types.Func))
				it.keys[k] = true
				x.byMethod[k] = append(x.byMethod[k], it)
			}
			byType[named] = it
		}
		im := &indexedMethod{owner: it, name: fn.Name(), summary: sum.Untyped(), brings: res.BringsData[fn], mark: mark}
		_, im.pointer = recv.Type().(*types.Pointer)
		it.methods[taint.MethodKey(fn)] = im
	}
	x.addSlots(p, res.Result, newDetacher(p, forMap))
}

func emptySummary(s *taint.Summary) bool {
	return len(s.Results) == 0 && len(s.Outs) == 0 && len(s.ResultFields) == 0 && len(s.Sinks) == 0 && len(s.Writes) == 0 && len(s.SlotCalls) == 0 && len(s.FuncCalls) == 0 && s.Check == nil && !s.Audit && s.AuditOnSuccess == nil
}

func receiverNamed(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// implementing returns the indexed methods of key mk of the types whose
// method sets hold every key of keys.
func (x *programIndex) implementing(mk string, keys []string) []*indexedMethod {
	var out []*indexedMethod
	for _, it := range x.byMethod[mk] {
		m := it.methods[mk]
		if m == nil || !it.hasAll(keys) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func (it *indexedType) hasAll(keys []string) bool {
	for _, k := range keys {
		if !it.keys[k] {
			return false
		}
	}
	return true
}

// gains reports whether the program has implementations, beyond those a
// package saw, for one of its interface calls, that can change its
// findings: any, when it sees identifiable data; otherwise only those
// that bring some (see analyzers/taint/completion.go).
func (x *programIndex) gains(calls []pendingCall, seesData bool) bool {
	for _, c := range calls {
		extra, brings := 0, false
		for _, m := range x.implementing(c.method, c.iface) {
			if !c.Seen[m.fullName()] {
				extra++
				brings = brings || m.brings
			}
		}
		if c.Gains(extra) && (seesData || brings) {
			return true
		}
	}
	return false
}

// pendingPackage is a named package kept for the completion step, with
// the findings of its first judgement.
type pendingPackage struct {
	pkg   *driver.Package
	calls []pendingCall
	// seesData says its first judgement saw identifiable data (gains).
	seesData bool
	first    []packageFinding
	// slotReads are the open slots its calls through function values
	// read, and deps the paths of the packages in its sight.
	slotReads []string
	deps      map[string]bool
	// discovered are the lines of phidiscover's findings (discoveredLines).
	discovered map[fileLine]bool
	// firstFlow is, for phivet -v, the first judgement's phiflow result,
	// whose coverage stands when the package is not judged again.
	firstFlow *phiflow.Result
	// Set when the package is judged again: its phiflow result, and what
	// failed.
	flow     *phiflow.Result
	failures []string
}

// pendingCall is an interface call of a kept package (taint.Dispatch)
// spelled as the index matches it. The Dispatch's types are the ones the
// package was checked as from source, which would keep its every
// function body's scopes alive until the completion step; its keys do
// not.
type pendingCall struct {
	method         string   // the method called (taint.MethodKey)
	iface          []string // every method of the interface (taint.MethodKey)
	taint.Dispatch          // Iface and Method cleared
}

func pendingCalls(ds []taint.Dispatch) []pendingCall {
	out := make([]pendingCall, len(ds))
	for i, d := range ds {
		if d.Method == nil {
			// A callee's interface call, known by keys.
			out[i] = pendingCall{method: d.MethodKey, iface: d.IfaceKeys, Dispatch: taint.Dispatch{Seen: d.Seen}}
			continue
		}
		out[i] = pendingCall{method: taint.MethodKey(d.Method), iface: taint.InterfaceKeys(d.Iface), Dispatch: taint.Dispatch{Seen: d.Seen}}
	}
	return out
}

// completeAll judges again, over the whole program, the kept packages
// whose interface calls gain implementations, or whose calls through
// function values gain what packages out of their sight store into the
// slots they read, as many at a time as the
// driver analyses packages. keepFlow keeps their phiflow results, for
// phivet map. What the driver kept for a package is released (done) as
// soon as the package is judged again, or at once when it gains nothing:
// the completion step is the run's peak, and a package no longer to be
// judged need not hold its imports' types and facts through it.
func completeAll(pending []*pendingPackage, recheck driver.Recheck, done driver.Done, x *programIndex, keepFlow bool) {
	x.sortSlots()
	var again []*pendingPackage
	for _, pp := range pending {
		if x.gains(pp.calls, pp.seesData) || x.slotGains(pp.slotReads, pp.deps, pp.seesData) {
			again = append(again, pp)
		} else {
			done(pp.pkg)
		}
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, pp := range again {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			pp.complete(recheck, x)
			done(pp.pkg)
			if !keepFlow {
				pp.flow = nil // its summaries hold the package's types
			}
		}()
	}
	wg.Wait()
}

// complete judges the package again over the whole program: its phiflow
// findings become the second judgement's. When it cannot be analysed
// again, the first findings stand.
func (pp *pendingPackage) complete(recheck driver.Recheck, x *programIndex) {
	again := recheck(pp.pkg, phiflow.Analyzer, phiflow.Complete(newProgramView(x)))
	if again == nil {
		return
	}
	pp.failures = failureMessages(again)
	flow, ok := again.Results[phiflow.Analyzer].(*phiflow.Result)
	if !ok {
		return
	}
	var kept []packageFinding
	for _, pf := range pp.first {
		if pf.analyzer != phiflow.Analyzer && pf.analyzer != phiignore.Analyzer {
			kept = append(kept, pf)
		}
	}
	for _, pf := range findingsOf(again) {
		if pf.analyzer == phiflow.Analyzer {
			kept = append(kept, pf)
		}
	}
	kept = append(kept, pp.staleIgnores(again, flow)...)
	pp.first, pp.flow = kept, flow
}

// staleIgnores judges the package's //phi:ignore directives again against
// the second judgement's flows, which may use a suppression the first
// judgement's did not.
func (pp *pendingPackage) staleIgnores(again *driver.Package, flow *phiflow.Result) []packageFinding {
	first := map[token.Position]bool{}
	for _, pf := range pp.first {
		if pf.analyzer == phiignore.Analyzer {
			first[pf.fset.Position(pf.diag.Pos)] = true
		}
	}
	dir, _ := again.Results[phidirective.Analyzer].(*phidirective.Result)
	if len(first) == 0 || dir == nil {
		return nil
	}
	var out []packageFinding
	for _, ig := range phiignore.Stale(again.Fset, dir, flow, nil) {
		p := again.Fset.Position(ig.Pos)
		// Those the first judgement reported, less those a finding of
		// phidiscover uses: the rest were left out for -checks, a test or
		// a generated file.
		if !first[p] || pp.discovered[fileLine{p.Filename, ig.Line}] {
			continue
		}
		d := phiignore.Diagnostic(again.Fset, ig)
		out = append(out, packageFinding{toFinding(again.Package, d), d, again.Fset, phiignore.Analyzer})
	}
	return out
}

// fileLine is a line of a file.
type fileLine struct {
	file string
	line int
}

// discoveredLines returns the lines of every finding phidiscover judged
// in p, reported or not: the completion step judges p's suppressions
// again once p's own results are gone.
func discoveredLines(p *driver.Package) map[fileLine]bool {
	disc, _ := p.Results[phidiscover.Analyzer].(*phidiscover.Result)
	if disc == nil {
		return nil
	}
	lines := map[fileLine]bool{}
	add := func(pos token.Pos) {
		q := p.Fset.Position(pos)
		lines[fileLine{q.Filename, q.Line}] = true
	}
	for _, u := range disc.Fields {
		add(u.Pos)
	}
	for _, l := range disc.Literals {
		add(l.Pos)
	}
	return lines
}
