package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Functions that call each other (a cycle of the call graph as the
// engine resolves it: static calls, interface calls to the
// implementations it finds, rendering methods it consults) are
// summarised together, to a fixed point, so that what a cycle finds does
// not depend on which of its functions is declared, and so met, first.
//
// Summaries are computed on demand, callees first, as in Tarjan's
// algorithm for strongly connected components: each summary under way is
// a frame on a stack, and a call back into a function whose summary is
// not final (still on the stack, or finished but part of an unsettled
// cycle) gets the summary known so far, a provisional one, and lowers
// the caller's frame to the depth of that function's cycle. A frame that
// ends lowered belongs to a cycle headed further out: its summary and
// flows are kept as provisional. The head of a cycle, when it ends,
// solves again the members that read a provisional summary which later
// changed (a worklist: each member remembers who read it), pass after
// pass until none is left; then all members' summaries become final and
// their flows (from each member's last solve) are judged. A member whose
// readings did not change would solve to what it found before, so it is
// not solved again: on golang.org/x/tools/go/ssa, whose builder's 32
// methods call each other, solving every member on every pass was a
// third of the whole run.
//
// Each pass starts the members from the summaries the previous pass
// found, and summaries are made of labels, paths, sinks and guards drawn
// from finite sets (paths are cut at maxPathParts, paths per parameter
// at maxParamPaths), so the passes reach a fixed point. Widening and
// the guards a function always applies are not monotone in every case,
// so the passes are also bounded, by maxCyclePasses.

// cycleState is the stack of summaries under way and the provisional
// summaries of unsettled cycles.
type cycleState struct {
	frames  []frame
	onStack map[*ssa.Function]int // depth in frames
	members map[*ssa.Function]*member
	// pending lists the members whose summary is done but provisional,
	// in the order they finished; a cycle's members are a suffix.
	pending []*ssa.Function
	// prints are the printCache keys added while a summary was
	// provisional: a rendering method's summary may have been one.
	prints []printKey
	// printReads are, for a printCache entry worked out while summaries
	// were provisional, the members whose summaries the walk read: whoever
	// takes the entry from the cache reads them too.
	printReads map[printKey][]*member
	// consults logs the members consulted, for printReads.
	consults []*member
	// dirty are the functions that read a member's summary which changed
	// since: they must be solved again.
	dirty     map[*ssa.Function]bool
	unsettled []token.Pos
}

// frame is one summary under way.
type frame struct {
	fn *ssa.Function
	// low is the depth of the outermost frame whose function's provisional
	// summary this one read (its own depth if none): the head of its
	// cycle, as far as known.
	low          int
	pendingStart int
}

// member is a function of an unsettled cycle.
type member struct {
	sum        *Summary
	flows      []Flow
	ignored    []IgnoredCheck
	unfollowed []Unfollowed
	low        int  // depth of the cycle's head, as far as known
	done       bool // a summary has been computed (in pending)
	// readers are the functions that read this summary since it last
	// changed.
	readers map[*ssa.Function]bool
}

func (c *cycleState) reset() {
	*c = cycleState{onStack: map[*ssa.Function]int{}, members: map[*ssa.Function]*member{}, dirty: map[*ssa.Function]bool{}}
}

// unfinished reports whether fn's summary is under way or provisional.
func (c *cycleState) unfinished(fn *ssa.Function) bool {
	_, on := c.onStack[fn]
	return on || c.members[fn] != nil
}

// provisional reports whether some summary in use is not final.
func (c *cycleState) provisional() bool { return len(c.members) > 0 }

// consult hands out m's summary to the frame under way.
func (c *cycleState) consult(m *member) *Summary {
	c.read(m)
	c.consults = append(c.consults, m)
	return m.sum
}

// read notes that the frame under way read m's summary: it belongs to
// m's cycle, and is solved again if the summary changes.
func (c *cycleState) read(m *member) {
	n := len(c.frames)
	if n == 0 {
		return
	}
	top := &c.frames[n-1]
	if m.low < top.low {
		top.low = m.low
	}
	if m.readers == nil {
		m.readers = map[*ssa.Function]bool{}
	}
	m.readers[top.fn] = true
}

// solved is what solving one family produced.
type solved struct {
	sum        *Summary
	flows      []Flow
	ignored    []IgnoredCheck
	unfollowed []Unfollowed
}

// solveFamily analyses fn's family once, with the summaries known now.
func (e *Engine) solveFamily(fn *ssa.Function) solved {
	fam := newFamily(e, fn)
	fam.sum = &Summary{}
	fam.findOwn()
	fam.solve()
	fam.collect()
	fam.buildSummary()
	fam.findRoles()
	if !e.seesData {
		e.seesData = fam.holdsData()
	}
	out := solved{fam.sum, fam.flows, fam.ignored, fam.unfollowed}
	fam.release()
	return out
}

// summaryOf returns fn's summary, analysing its family if that has not
// been done yet; within a cycle, the summary known so far (see above).
func (e *Engine) summaryOf(fn *ssa.Function) *Summary {
	if s, ok := e.summaries[fn]; ok {
		return s
	}
	c := &e.cycles
	if m := c.members[fn]; m != nil {
		return c.consult(m)
	}
	if d, ok := c.onStack[fn]; ok {
		m := &member{sum: &Summary{}, low: d}
		c.members[fn] = m
		return c.consult(m)
	}
	d := len(c.frames)
	c.frames = append(c.frames, frame{fn: fn, low: d, pendingStart: len(c.pending)})
	c.onStack[fn] = d
	out := e.solveFamily(fn)
	fr := c.frames[d]
	c.frames = c.frames[:d]
	delete(c.onStack, fn)

	m := c.members[fn]
	if m == nil && fr.low == d && len(c.pending) == fr.pendingStart {
		// No cycle through fn: final at once.
		e.summaries[fn] = out.sum
		e.flows = append(e.flows, out.flows...)
		e.ignored = append(e.ignored, out.ignored...)
		e.unfollowed = append(e.unfollowed, out.unfollowed...)
		return out.sum
	}
	if m == nil {
		m = &member{sum: &Summary{}}
		c.members[fn] = m
	}
	c.update(m, out)
	m.low, m.done = fr.low, true
	c.pending = append(c.pending, fn)
	if fr.low < d {
		// The caller takes this provisional summary as its reading.
		c.consult(m)
		// A member of a cycle headed further out, and so is every
		// function that finished provisional under fn.
		for _, p := range c.pending[fr.pendingStart:] {
			c.members[p].low = min(c.members[p].low, fr.low)
		}
		if d > 0 && fr.low < c.frames[d-1].low {
			c.frames[d-1].low = fr.low
		}
		return m.sum
	}
	e.settle(fr.pendingStart, d)
	return e.summaries[fn]
}

// update records a member's new summary; if it changed, whoever read
// the old one is to be solved again.
func (c *cycleState) update(m *member, out solved) {
	if len(m.readers) > 0 && !sameSummary(m.sum, out.sum) {
		for r := range m.readers {
			c.dirty[r] = true
		}
		clear(m.readers)
	}
	m.sum, m.flows, m.ignored, m.unfollowed = out.sum, out.flows, out.ignored, out.unfollowed
}

// settle solves the cycle made of pending[start:], headed at depth d, to
// a fixed point, then makes its summaries final and judges its flows.
func (e *Engine) settle(start, d int) {
	c := &e.cycles
	settled := true
	for pass := 0; c.dirtyFrom(start); pass++ {
		if pass == maxCyclePasses {
			c.unsettled = append(c.unsettled, c.pending[len(c.pending)-1].Pos())
			e.forgetPrints()
			settled = false
			break
		}
		e.forgetPrints()
		// Functions first met in this pass may join the cycle: the
		// index runs to the end of pending as it grows. A member made
		// dirty by one solved after it is solved again in the next pass.
		for i := start; i < len(c.pending); i++ {
			fn := c.pending[i]
			if !c.dirty[fn] {
				continue
			}
			delete(c.dirty, fn)
			c.frames = append(c.frames, frame{fn: fn, low: d, pendingStart: len(c.pending)})
			c.onStack[fn] = d
			out := e.solveFamily(fn)
			c.frames = c.frames[:d]
			delete(c.onStack, fn)
			c.update(c.members[fn], out)
		}
	}
	if settled && e.verifyCycles {
		e.verifySettled(start, d)
	}
	for _, fn := range c.pending[start:] {
		m := c.members[fn]
		delete(c.dirty, fn)
		e.summaries[fn] = m.sum
		e.flows = append(e.flows, m.flows...)
		e.ignored = append(e.ignored, m.ignored...)
		e.unfollowed = append(e.unfollowed, m.unfollowed...)
		delete(c.members, fn)
	}
	c.pending = c.pending[:start]
	if !c.provisional() {
		c.prints = c.prints[:0]
		c.consults = c.consults[:0]
		clear(c.printReads)
		clear(c.dirty)
	}
}

// verifySettled solves every member of the settled cycle pending[start:]
// once more, and panics if a summary differs from the one it has: a
// member the worklist skipped read a summary that changed after it.
func (e *Engine) verifySettled(start, d int) {
	c := &e.cycles
	e.forgetPrints()
	for _, fn := range c.pending[start:] {
		c.frames = append(c.frames, frame{fn: fn, low: d, pendingStart: len(c.pending)})
		c.onStack[fn] = d
		out := e.solveFamily(fn)
		c.frames = c.frames[:d]
		delete(c.onStack, fn)
		if !sameSummary(c.members[fn].sum, out.sum) {
			panic("taint: cycle member " + fn.String() + " left unsolved after a summary it read changed")
		}
	}
}

// dirtyFrom reports whether a member in pending[start:] read a summary
// that changed since.
func (c *cycleState) dirtyFrom(start int) bool {
	for _, fn := range c.pending[start:] {
		if c.dirty[fn] {
			return true
		}
	}
	return false
}

// forgetPrints drops what printing was found to emit while summaries
// were provisional, to be worked out again from the new ones.
func (e *Engine) forgetPrints() {
	for _, k := range e.cycles.prints {
		delete(e.printCache, k)
		delete(e.cycles.printReads, k)
	}
	e.cycles.prints = e.cycles.prints[:0]
}
