package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// destOf is where a write into v goes: what v leads to. For a channel
// that is the channel's own destination (a producer's input channel,
// held anywhere), not what the values sent on it lead to: a send hands
// the value to the receiver, which writes where it writes, so a record
// sent beside a request's URL is not transmitted by the send.
func (f *family) destOf(v ssa.Value) Dest {
	if _, ok := v.Type().Underlying().(*types.Chan); !ok {
		return f.taintOf(v).Dest
	}
	var d Dest
	for _, l := range f.locs(v) {
		d, _ = d.union(f.chanDestAt(l))
	}
	return d
}

// chanDestAt is what a read of the channel at l leads to, leaving out
// what is stored under its elements: the stores at l or around it (a
// struct holding the channel) and its root's own destination, as
// computeRead takes them.
func (f *family) chanDestAt(l loc) Dest {
	f.dep(l.root)
	ordered := f.ordersRead(l.root)
	d := f.valueOnly(l.root).Dest
	for _, p := range f.byRoot[l.root] {
		if hasPathPrefix(l.path, p) {
			d, _ = d.union(f.memAt(loc{l.root, p}, ordered).Dest)
		}
	}
	return d
}
