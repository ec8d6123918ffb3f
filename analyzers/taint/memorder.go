package taint

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A later write is not seen by an earlier read (issue 16, "the heap is
// not one bag"). The family's memory joins every store into one state per
// location, whatever instruction made it, so a buffer logged before the
// name is written into it would seem to hold the name. Every store is
// made by the transfer of one instruction, so memory also keeps what each
// instruction stored; a read made by an instruction (a load, a call
// reading its arguments, a sink) sees only the stores of instructions
// that can run before it: earlier in its block, or in a block from which
// its block can be reached (through a loop's back edge too, so a value
// written at the end of one iteration is seen at the start of the next,
// unless the memory is allocated anew in the loop: iteralloc.go).
//
// Stores and reads in different functions of the family (a literal and
// its encloser) are not ordered: a literal may run at any time after it
// is made. A deferred call or a go statement runs later than where it
// stands, so what it reads is not ordered either. Where every store to a
// root can run before the reading instruction, the read is the joined
// state and its memo, as before.

// storeKey names what one instruction stored at one location; by is nil
// for a store made outside any instruction's transfer.
type storeKey struct {
	l  loc
	by ssa.Instruction
}

// orderAt makes instr the place of the reads and stores that follow (nil:
// none).
func (f *family) orderAt(instr ssa.Instruction) {
	if instr != nil {
		instr = orderPoint(instr)
	}
	f.at, f.ordered = instr, instr != nil
}

// unorderedReads makes the running transfer's reads see every store
// until the returned function is called. Data read from memory and
// stored into other memory (a pointer stored in a field, appended, sent,
// or written through a callee's parameter) links the two: what is
// written to the first later shows through the second.
func (f *family) unorderedReads() (restore func()) {
	prev := f.ordered
	f.ordered = false
	return func() { f.ordered = prev }
}

// orderPoint is the instruction whose place in the code orders the reads
// and stores its transfer makes: nil (unordered) for calls that run later
// than where they stand.
func orderPoint(instr ssa.Instruction) ssa.Instruction {
	switch instr.(type) {
	case *ssa.Defer, *ssa.Go, *ssa.RunDefers:
		return nil
	}
	return instr
}

// noteStore records that f.at stored t at l, and reports whether that
// adds to what it had stored there (which can change an ordered read
// even when the joined state stays as it was).
func (f *family) noteStore(l loc, t Taint) bool {
	if !orderedRoot(l.root) || f.unorderedRoots[l.root] {
		return false
	}
	k := storeKey{l, f.at}
	old, seen := f.storeLog[k]
	n, ch := old.union(t)
	if !ch {
		return false
	}
	if f.storeLog == nil {
		f.storeLog = make(map[storeKey]Taint)
		f.locStorers = make(map[loc][]ssa.Instruction)
		f.rootStorers = make(map[ssa.Value][]ssa.Instruction)
	}
	f.storeLog[k] = n
	if !seen {
		f.locStorers[l] = append(f.locStorers[l], f.at)
		if rs := f.rootStorers[l.root]; !slices.Contains(rs, f.at) {
			if len(rs) >= maxOrderedStores {
				f.unorderRoot(l.root)
				return true
			}
			f.rootStorers[l.root] = append(rs, f.at)
		}
	}
	return true
}

// orderedRoot reports whether the stores under root are ordered: memory
// the family allocates itself (a local, a composite literal, a slice or
// map it makes), where a value is built up and printed along the way.
// The memory of parameters, globals and what calls return is read and
// written in the order the code gives too, but ordering it costs a
// record of every store for little: it is where data arrives, not where
// a message is built.
func orderedRoot(root ssa.Value) bool {
	switch root.(type) {
	case *ssa.Alloc, *ssa.MakeSlice, *ssa.MakeMap:
		return true
	}
	return false
}

// unorderRoot gives up ordering the stores under root: its reads see
// every store, as the joined state does.
func (f *family) unorderRoot(root ssa.Value) {
	if f.unorderedRoots == nil {
		f.unorderedRoots = make(map[ssa.Value]bool)
	}
	f.unorderedRoots[root] = true
	delete(f.rootStorers, root)
}

// ordersRead reports whether a read of root by f.at must leave out some
// stores: one of the instructions that stored under root cannot run
// before f.at.
func (f *family) ordersRead(root ssa.Value) bool {
	if !f.ordered {
		return false
	}
	for _, s := range f.rootStorers[root] {
		if !f.precedesOn(root, s, f.at) {
			return true
		}
	}
	return false
}

// memAt is what the instructions that can run before f.at stored at l,
// or everything stored there when the read is not ordered.
func (f *family) memAt(l loc, ordered bool) Taint {
	if !ordered {
		return f.mem[l]
	}
	var t Taint
	for _, s := range f.locStorers[l] {
		if f.precedesOn(l.root, s, f.at) {
			t, _ = t.union(f.storeLog[storeKey{l, s}])
		}
	}
	return t
}

// precedes reports whether the instruction s can run before at, in the
// same call of their function: s == at counts, as a transfer may read
// what it stored itself.
func (f *family) precedes(s, at ssa.Instruction) bool {
	if s == nil || s == at {
		return true
	}
	sb, ab := s.Block(), at.Block()
	if sb == nil || ab == nil || sb.Parent() != ab.Parent() {
		return true
	}
	if sb == ab && f.indexOf(s) < f.indexOf(at) {
		return true
	}
	return f.reaches(sb, ab)
}

// indexOf is the position of instr in its block.
func (f *family) indexOf(instr ssa.Instruction) int {
	if i, ok := f.instrIndex[instr]; ok {
		return i
	}
	if f.instrIndex == nil {
		f.instrIndex = make(map[ssa.Instruction]int)
	}
	for i, x := range instr.Block().Instrs {
		f.instrIndex[x] = i
	}
	return f.instrIndex[instr]
}

// reaches reports whether control can go from the end of block a to the
// start of block b, through at least one edge.
func (f *family) reaches(a, b *ssa.BasicBlock) bool {
	fn := a.Parent()
	if len(fn.Blocks) > maxOrderedBlocks {
		return true
	}
	bits, ok := f.blockReach[a]
	if !ok {
		bits = blocksAfter(a, nil)
		if f.blockReach == nil {
			f.blockReach = make(map[*ssa.BasicBlock][]uint64)
		}
		f.blockReach[a] = bits
	}
	return bits[b.Index/64]&(1<<(b.Index%64)) != 0
}

// blocksAfter is the set of blocks control can enter from the end of
// block a, by index, through at least one edge; a path entering stop
// ends there.
func blocksAfter(a, stop *ssa.BasicBlock) []uint64 {
	bits := make([]uint64, (len(a.Parent().Blocks)+63)/64)
	stack := append([]*ssa.BasicBlock(nil), a.Succs...)
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if bits[x.Index/64]&(1<<(x.Index%64)) != 0 {
			continue
		}
		bits[x.Index/64] |= 1 << (x.Index % 64)
		if x != stop {
			stack = append(stack, x.Succs...)
		}
	}
	return bits
}

// ordersArg reports whether a read of argument v by f.at must leave out
// some stores to the memory v refers to; the argument memo is then not
// used, as it is kept by value, not by instruction.
func (f *family) ordersArg(v ssa.Value) bool {
	if !f.ordered || len(f.rootStorers) == 0 {
		return false
	}
	for _, l := range f.locs(v) {
		if f.ordersRead(l.root) {
			return true
		}
	}
	return false
}
