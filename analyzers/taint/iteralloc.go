package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Memory allocated inside a loop is new at each iteration: a message
// declared in the loop's body, logged, then given a patient's name for
// the send that follows, does not carry that name into the next
// iteration's log, which reads the next iteration's message. So a store
// into such memory is seen by a read only along a path that does not run
// the allocation again in between (precedesOn); memory allocated once
// (before the loop) keeps precedes' order, back edges included.

// precedesOn is precedes for a store s and a read at of memory under
// root: when root is a variable or literal of their function whose
// address goes nowhere (onlyUsedInPlace), s must reach at without that
// allocation running in between, since it would make the memory at reads
// another object than the one s wrote. Memory whose address is kept
// elsewhere (appended to a list made before the loop) may be read again
// in a later iteration through that copy, and keeps precedes' order.
func (f *family) precedesOn(root ssa.Value, s, at ssa.Instruction) bool {
	alloc, ok := root.(*ssa.Alloc)
	if !ok || s == nil || s == at || alloc.Block() == nil || !f.inPlace(alloc) {
		return f.precedes(s, at)
	}
	sb, ab, home := s.Block(), at.Block(), alloc.Block()
	if sb == nil || ab == nil || sb.Parent() != ab.Parent() || home.Parent() != sb.Parent() {
		return f.precedes(s, at)
	}
	i := f.indexOf(alloc)
	runsBetween := func(from, to int) bool { return from < i && i < to } // in home, between two indexes
	if sb == ab && f.indexOf(s) < f.indexOf(at) {
		// Straight on in one block: only the allocation itself,
		// standing between them, makes another object; going round
		// the loop instead would run the rest of the block, and the
		// allocation with it, before coming back.
		return sb != home || !runsBetween(f.indexOf(s), f.indexOf(at))
	}
	if sb == home && f.indexOf(s) < i {
		return false // leaving the block runs the allocation again
	}
	if !f.reachesAvoiding(sb, ab, home) {
		return false
	}
	// Entering at's block from its start: the allocation must not stand
	// before at there.
	return ab != home || f.indexOf(at) < i
}

// reachesAvoiding reports whether control can go from the end of block a
// to the start of block b without running block home whole: home may be
// where the path ends (b), not a block it passes through.
func (f *family) reachesAvoiding(a, b, home *ssa.BasicBlock) bool {
	fn := a.Parent()
	if len(fn.Blocks) > maxOrderedBlocks {
		return true
	}
	key := [2]*ssa.BasicBlock{a, home}
	bits, ok := f.blockReachAvoiding[key]
	if !ok {
		bits = blocksAfter(a, home)
		if f.blockReachAvoiding == nil {
			f.blockReachAvoiding = make(map[[2]*ssa.BasicBlock][]uint64)
		}
		f.blockReachAvoiding[key] = bits
	}
	return bits[b.Index/64]&(1<<(b.Index%64)) != 0
}

// inPlace is onlyUsedInPlace, worked out once per allocation.
func (f *family) inPlace(a *ssa.Alloc) bool {
	in, ok := f.allocInPlace[a]
	if !ok {
		in = onlyUsedInPlace(a)
		if f.allocInPlace == nil {
			f.allocInPlace = make(map[*ssa.Alloc]bool)
		}
		f.allocInPlace[a] = in
	}
	return in
}

// onlyUsedInPlace reports whether the address a allocates is used only
// to load and store it, whole or field by field (fields of embedded or
// nested structs included): no pointer to it, or to a part of it, is
// kept, passed or merged anywhere.
func onlyUsedInPlace(a *ssa.Alloc) bool { return addrInPlace(a, 0) }

func addrInPlace(addr ssa.Value, depth int) bool {
	if depth > maxDerivation {
		return false
	}
	for _, r := range *addr.Referrers() {
		switch x := r.(type) {
		case *ssa.FieldAddr:
			if !addrInPlace(x, depth+1) {
				return false
			}
		case *ssa.IndexAddr:
			if x.X != addr || !addrInPlace(x, depth+1) {
				return false
			}
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
		case *ssa.Store:
			if x.Addr != addr {
				return false // the address itself stored as a value
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}
