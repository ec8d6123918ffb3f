package taint

// Unioning sets one after another (every path stored under a root, every
// parameter a summary names) built a new set at each step, and only the
// last one was kept: at apimachinery's scale that was a third of all the
// bytes phivet allocated, and the collector's work to match. A setBuilder
// runs the same Unions, in the same order and with the same results, but
// builds the sets in between in storage it reuses, and copies out only the
// last.

// setScratch is storage for one run of unions: the sets built alternate
// between two arrays (each step reads the last one while writing the
// next).
type setScratch struct {
	merged [2]Set
	next   int
}

// mergedBuffer returns an empty set to merge into with room for n
// labels: the scratch array not holding the current set, or a new one.
func (sc *setScratch) mergedBuffer(n int) Set {
	if sc == nil || cap(sc.merged[sc.next]) < n {
		return make(Set, 0, n)
	}
	return sc.merged[sc.next][:0]
}

// keepMerged records the array a merge wrote, which append may have
// grown.
func (sc *setScratch) keepMerged(out Set) {
	if sc != nil {
		sc.merged[sc.next] = out[:0]
	}
}

// holds reports whether u, a union's result, lies in the array just
// merged into. If so, that array now holds the current set and the next
// merge goes to the other one.
func (sc *setScratch) holds(u, out Set) bool {
	if sc == nil || !sameArray(u, out) {
		return false
	}
	sc.next ^= 1
	return true
}

// sameArray reports whether a and b start at the same element.
func sameArray(a, b Set) bool {
	return cap(a) > 0 && cap(b) > 0 && &a[:1][0] == &b[:1][0]
}

// scratchPool hands out setScratch values for builders to borrow. Its
// arrays keep the labels last written to them until overwritten; they
// name data of the package under analysis, which the engine holds anyway.
type scratchPool = freeList[setScratch]

// A setBuilder computes s₀ ∪ s₁ ∪ … ∪ sₙ as repeated Union would.
type setBuilder struct {
	pool      *scratchPool
	sc        *setScratch
	cur       Set
	inScratch bool // cur lies in sc's storage
}

func (e *Engine) setBuilder() setBuilder { return setBuilder{pool: &e.scratch} }

func (b *setBuilder) add(o Set) {
	if len(o) == 0 {
		return
	}
	if b.sc == nil && len(b.cur) > 0 {
		b.sc = b.pool.get()
	}
	u, _, inScratch := b.cur.unionInto(o, b.sc)
	if inScratch {
		b.inScratch = true
	} else if !sameArray(u, b.cur) || len(u) != len(b.cur) {
		b.inScratch = false
	}
	b.cur = u
}

// addTemp adds o, whose array the caller reuses afterwards. Into an empty
// builder o is copied into scratch storage, where the next union reads
// it, rather than into an array of its own: when more sets follow (a
// read's parts, a printed value's labels) that copy was garbage as soon
// as they were merged in; when none does, set copies it out once, as
// before.
func (b *setBuilder) addTemp(o Set) {
	if len(o) > 0 && len(b.cur) == 0 {
		if b.sc == nil {
			b.sc = b.pool.get()
		}
		out := append(b.sc.mergedBuffer(len(o)), o...)
		b.sc.keepMerged(out)
		b.sc.holds(out, out) // the next merge goes to the other array
		b.cur, b.inScratch = out, true
		return
	}
	b.add(o)
	if !b.inScratch && sameArray(b.cur, o) {
		b.cur = append(Set(nil), b.cur...)
	}
}

// set returns the union and gives the scratch storage back.
func (b *setBuilder) set() Set {
	s := b.cur
	if b.inScratch {
		s = append(Set(nil), s...)
	}
	if b.sc != nil {
		b.sc.next = 0
		b.pool.put(b.sc)
	}
	*b = setBuilder{pool: b.pool}
	return s
}

// A taintBuilder is a setBuilder for taints, as repeated Taint.union.
type taintBuilder struct {
	data setBuilder
	dest Dest
}

func (e *Engine) taintBuilder() taintBuilder { return taintBuilder{data: e.setBuilder()} }

func (b *taintBuilder) add(t Taint) {
	b.data.add(t.Data)
	b.dest, _ = b.dest.union(t.Dest)
}

func (b *taintBuilder) taint() Taint {
	return Taint{Data: b.data.set(), Dest: b.dest}
}

// setLike is set, returning old instead when the union holds exactly
// old's labels (every field alike, origins the same pointers): a memo
// recomputed after its inputs changed mostly comes out as it was, and
// copying that union out of scratch storage only to replace an equal
// set was the largest part of what reads allocated.
func (b *setBuilder) setLike(old Set) Set {
	if b.inScratch && identicalSets(b.cur, old) {
		b.cur, b.inScratch = old, false
	}
	return b.set()
}

// identicalSets reports whether a and b hold the same labels, field for
// field: either may stand for the other anywhere.
func identicalSets(a, b Set) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// taintLike is taint, keeping old's set when the union equals it (see
// setLike).
func (b *taintBuilder) taintLike(old Taint) Taint {
	return Taint{Data: b.data.setLike(old.Data), Dest: b.dest}
}
