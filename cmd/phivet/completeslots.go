package main

import (
	"go/types"
	"sort"

	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/internal/driver"
)

// Function values stored in slots (see analyzers/taint/programslots.go)
// are completed as interface calls are: the index keeps what every
// package stores into slots, each function with its summary, and a
// package whose calls read a slot that a package out of its sight stores
// into is judged again with them.

// funcName names a declared function or method as a fact's FuncSlot
// does: its package's path, its receiver's type name ("" for none) and
// its name.
type funcName struct{ pkg, recv, name string }

func nameOf(fn *types.Func) funcName {
	n := funcName{name: fn.Name()}
	if fn.Pkg() != nil {
		n.pkg = fn.Pkg().Path()
	}
	if recv := fn.Signature().Recv(); recv != nil {
		if named := receiverNamed(recv.Type()); named != nil {
			n.recv = named.Obj().Name()
		}
	}
	return n
}

// addSlots indexes what package p stores into slots. A function is
// given by the index's copy of it when the index has its summary (a
// method, indexed by add, or a function of p), else by p's view of it,
// with the summary p read of it if any, and what the catalog or
// configuration says of it.
func (x *programIndex) addSlots(p *driver.Package, res *taint.Result, d *detacher) {
	if p.Types == nil {
		return
	}
	storer := p.Types.Path()
	for k, fss := range res.FuncSlots {
		for _, fs := range fss {
			pf := taint.ProgramFunc{Slot: fs.Slot, Bound: fs.Bound, Storer: storer}
			switch {
			case fs.Slot != "":
				pf.Brings = true // whatever another slot holds
			case fs.Lit != nil:
				pf.Sum = detachedSummary(fs.Lit, d)
				if fs.Name != "" {
					pf.Name = fs.Pkg + "." + fs.Name
				}
				// A literal has no marks; a declared function summarised
				// here is judged with its marks.
				pf.Brings = fs.Lit.BringsData() || fs.Name != "" && res.BringsData[lookupFunc(p.Types, funcName{fs.Pkg, fs.Recv, fs.Name})]
			default:
				n := funcName{fs.Pkg, fs.Recv, fs.Name}
				pf.Fn = x.slotFunc(p, res, d, n)
				if pf.Fn == nil {
					continue
				}
				pf.Brings = res.BringsData[lookupFunc(p.Types, n)]
			}
			x.slots[k] = append(x.slots[k], pf)
		}
	}
}

// slotFunc returns the function a slot of p holds, as slots give it.
func (x *programIndex) slotFunc(p *driver.Package, res *taint.Result, d *detacher, n funcName) *types.Func {
	if fn := x.byName[n]; fn != nil {
		return fn
	}
	fn := lookupFunc(p.Types, n)
	if fn == nil {
		return nil
	}
	if fn.Pkg() != p.Types {
		// Another package's, as p sees it, with the summary p read.
		if sum := res.SlotSums[fn]; sum != nil {
			x.summaries[fn] = sum
			x.byName[n] = fn
		}
		return fn
	}
	// A function of p's: the index keeps a detached copy, with its
	// summary and marks.
	sum, mark := res.Summaries[fn], res.Marks[fn]
	if d != nil {
		if c, ok := d.function(fn); ok {
			fn = c
		}
	}
	if sum != nil {
		x.summaries[fn] = detachedSummary(sum, d)
	}
	if mark != nil {
		x.marks[fn] = mark
	}
	x.byName[n] = fn
	return fn
}

// detachedSummary is sum with the detacher's copies of p's types, or sum
// itself when it cannot be copied (or p is kept whole).
func detachedSummary(sum *taint.Summary, d *detacher) *taint.Summary {
	if d == nil {
		return sum
	}
	if s, ok := sum.Retyped(d.typ); ok {
		return s
	}
	return sum
}

// lookupFunc finds a declared function or method among pkg and the
// packages it imports, directly or not.
func lookupFunc(pkg *types.Package, n funcName) *types.Func {
	for _, p := range taint.ImportClosure(pkg) {
		if p.Path() == n.pkg {
			return funcIn(p, n)
		}
	}
	return nil
}

func funcIn(p *types.Package, n funcName) *types.Func {
	if n.recv == "" {
		fn, _ := p.Scope().Lookup(n.name).(*types.Func)
		return fn
	}
	tn, ok := p.Scope().Lookup(n.recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), false, p, n.name)
	fn, _ := obj.(*types.Func)
	return fn
}

// sortSlots orders what each slot holds by the package storing it, as
// packages are indexed in the order they finish, which varies from run
// to run: the targets of a call come in the same order every time.
func (x *programIndex) sortSlots() {
	for _, pfs := range x.slots {
		sort.SliceStable(pfs, func(i, j int) bool { return pfs[i].Storer < pfs[j].Storer })
	}
}

// slotGains reports whether a package out of sight of a package (deps:
// its path and those of the packages it imports, directly or not) stores
// into one of the slots it reads a function that can change its findings:
// any, when it sees identifiable data; otherwise only one that brings
// some (see analyzers/taint/completion.go).
func (x *programIndex) slotGains(reads []string, deps map[string]bool, seesData bool) bool {
	for _, k := range reads {
		for _, pf := range x.slots[k] {
			if !deps[pf.Storer] && (seesData || pf.Brings) {
				return true
			}
		}
	}
	return false
}

// dependencyPaths lists the paths of pkg and the packages it imports,
// directly or not.
func dependencyPaths(pkg *types.Package) map[string]bool {
	out := map[string]bool{}
	for _, p := range taint.ImportClosure(pkg) {
		out[p.Path()] = true
	}
	return out
}
