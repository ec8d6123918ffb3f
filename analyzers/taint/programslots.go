package taint

import (
	"go/token"
	"go/types"
	"strings"
)

// A slot another package can store into (an exported field, variable or
// function's parameter) may be filled by a package the reader does not
// import: a listener's constructor stores its handler parameter in a
// field its read loop calls, and main, which imports the listener, passes
// the handler. Facts flow from a package to its importers only, so the
// listener never sees what main passes. The phivet command sees the whole
// program: the engine notes the open slots its calls through function
// values read (SlotReads), and the completion step judges a package again
// when a package out of its sight stores into one of them, the slot then
// holding what every package stores there (Program.SlotFuncs).

// ProgramFunc is a function value that a package of the program stores
// into a slot: a declared function or method (Fn, whose summary
// Program.Summary gives), a function literal or an unexported function by
// its summary (Sum, Name naming it if declared), or whatever another slot
// holds (Slot).
type ProgramFunc struct {
	Fn    *types.Func
	Sum   *Summary
	Name  string
	Bound bool // a method value: its receiver was bound
	Slot  string
	// Storer is the path of the package that stores it.
	Storer string
	// Brings says a call of it can change what a package holding no
	// identifiable data finds (completion.go); set for a slot's contents
	// too, which may be anything.
	Brings bool
}

// openSlot reports whether packages other than the one declaring slot k
// can store into it: an exported field, variable or parameter of an
// exported function or method. An unexported one is filled by its own
// package only, whose stores the reader sees already.
func openSlot(k string) bool {
	name := strings.TrimRight(k, "[]")
	if i := strings.LastIndexByte(name, '#'); i >= 0 {
		name = name[:i]
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return token.IsExported(name)
}

// noteSlotReads records the open slots a call through a function value
// read, for the completion step; a run that sees the whole program
// already records none.
func (e *Engine) noteSlotReads(keys []string) {
	if e.Program != nil {
		return
	}
	for _, k := range keys {
		if openSlot(k) {
			if e.slotReads == nil {
				e.slotReads = map[string]bool{}
			}
			e.slotReads[k] = true
		}
	}
}

// programSlotRefs is what the packages out of this one's sight store
// under slot k (those in sight are in slotRefs).
func (e *Engine) programSlotRefs(k string) []funcRef {
	if e.Program == nil || !openSlot(k) {
		return nil
	}
	var out []funcRef
	for _, pf := range e.Program.SlotFuncs(k) {
		if e.dependencyByPath(pf.Storer) != nil {
			continue
		}
		switch {
		case pf.Slot != "":
			out = append(out, funcRef{slot: pf.Slot})
		case pf.Fn != nil:
			out = append(out, funcRef{fn: pf.Fn, bound: pf.Bound})
		case pf.Sum != nil:
			out = append(out, funcRef{sum: pf.Sum, name: pf.Name, bound: pf.Bound})
		}
	}
	return out
}

// noteSlotSum keeps, for the completion step, the summary of another
// package's function stored into open slot k (see Result.SlotSums).
func (e *Engine) noteSlotSum(k string, fn *types.Func) {
	if e.Program != nil || !openSlot(k) {
		return
	}
	if sum := e.summaryOfFunc(fn); sum != nil {
		if e.slotSums == nil {
			e.slotSums = map[*types.Func]*Summary{}
		}
		e.slotSums[fn] = sum
	}
}
