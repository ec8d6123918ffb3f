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
// solves every member again, as long as some member read a provisional
// summary that later changed; then all members' summaries become final
// and their flows (from the last pass only) are judged.
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
	prints    []printKey
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
	// consulted: the summary was read since the pass began; stale: it
	// changed after that, so whoever read it must be solved again.
	consulted, stale bool
}

func (c *cycleState) reset() {
	*c = cycleState{onStack: map[*ssa.Function]int{}, members: map[*ssa.Function]*member{}}
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
	m.consulted = true
	if n := len(c.frames); n > 0 && m.low < c.frames[n-1].low {
		c.frames[n-1].low = m.low
	}
	return m.sum
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
	m.update(out)
	m.low, m.done = fr.low, true
	c.pending = append(c.pending, fn)
	if fr.low < d {
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

// update records a member's new summary, noting whether it changed after
// someone read it.
func (m *member) update(out solved) {
	if m.consulted && !sameSummary(m.sum, out.sum) {
		m.stale = true
	}
	m.sum, m.flows, m.ignored, m.unfollowed = out.sum, out.flows, out.ignored, out.unfollowed
}

// settle solves the cycle made of pending[start:], headed at depth d, to
// a fixed point, then makes its summaries final and judges its flows.
func (e *Engine) settle(start, d int) {
	c := &e.cycles
	for pass := 0; c.staleFrom(start); pass++ {
		if pass == maxCyclePasses {
			c.unsettled = append(c.unsettled, c.pending[len(c.pending)-1].Pos())
			e.forgetPrints()
			break
		}
		e.forgetPrints()
		for _, fn := range c.pending[start:] {
			m := c.members[fn]
			m.consulted, m.stale = false, false
		}
		// Functions first met in this pass may join the cycle: the
		// index runs to the end of pending as it grows.
		for i := start; i < len(c.pending); i++ {
			fn := c.pending[i]
			c.frames = append(c.frames, frame{fn: fn, low: d, pendingStart: len(c.pending)})
			c.onStack[fn] = d
			out := e.solveFamily(fn)
			c.frames = c.frames[:d]
			delete(c.onStack, fn)
			c.members[fn].update(out)
		}
	}
	for _, fn := range c.pending[start:] {
		m := c.members[fn]
		e.summaries[fn] = m.sum
		e.flows = append(e.flows, m.flows...)
		e.ignored = append(e.ignored, m.ignored...)
		e.unfollowed = append(e.unfollowed, m.unfollowed...)
		delete(c.members, fn)
	}
	c.pending = c.pending[:start]
	if !c.provisional() {
		c.prints = c.prints[:0]
	}
}

// staleFrom reports whether a member in pending[start:] changed after it
// was read.
func (c *cycleState) staleFrom(start int) bool {
	for _, fn := range c.pending[start:] {
		if c.members[fn].stale {
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
	}
	e.cycles.prints = e.cycles.prints[:0]
}
