package taint

import (
	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// A callee that keeps a pointer it was given (a constructor returning
// &Writer{h: h}, a setter storing w.h = h) says so in its summary as the
// parameter's data, read whole: its summary cannot name the fields the
// caller's object will hold. Stored as one union, that data would make
// every field read through the new holder (w.h.Bucket) carry every field
// of the object (h.Object too). So the caller stores it as its own
// memory holds it, part by part, under the holder: a read of one field
// through the holder reads what the same read through the object would.

// heldPart is what one part of an argument's memory holds, by its path
// below the argument.
type heldPart struct {
	path string
	t    Taint
}

// heldArgument is the argument whose memory t, a summary's taint, stands
// for whole: t is the data of one pointer parameter, read from its root,
// as the caller passes it. Nil otherwise.
func heldArgument(s *callSite, t Taint) ssa.Value {
	if len(t.Data) != 1 {
		return nil
	}
	l := t.Data[0]
	if l.Concrete() || l.Path != "" || l.Rendered != catalog.Raw || l.Sanitized || l.Cond != 0 {
		return nil
	}
	i := l.Param - 1
	if i >= len(s.args) {
		return nil
	}
	arg := s.args[i]
	if !isStructPointer(arg.Type()) {
		return nil
	}
	return arg
}

// heldParts splits what arg refers to by the paths stored below it, for
// storing under a location rooted at dst: the part at "" is what is not
// stored below any of them (the pointer's own data, a whole struct
// stored around it). It says no when arg refers to dst's memory (a
// holder holding itself), when a part's path under at would be longer
// than memory paths are, or past maxHeldParts parts: the caller then
// stores the union.
func (f *family) heldParts(arg ssa.Value, at loc) ([]heldPart, bool) {
	top := f.e.taintBuilder()
	top.add(f.valueOnly(arg))
	var parts []heldPart
	for _, l := range f.locs(arg) {
		if l.root == at.root {
			return nil, false
		}
		for p, m := range f.storedAround(l.root, l.path) {
			switch {
			case p == l.path:
				top.add(m)
			case hasPathPrefix(p, l.path):
				sub := p[len(l.path):]
				if len(at.path)+len(sub) > maxPath {
					return nil, false
				}
				if !m.empty() {
					if len(parts) == maxHeldParts {
						f.reachLimit("maxHeldParts")
						return nil, false
					}
					parts = append(parts, heldPart{sub, m})
				}
			default: // a whole struct stored around l, as a read sees it
				f.addWholeUnder(&top, f.storedBelow(l.root, p, l.path[len(p):], m), l.path[len(p):])
			}
		}
		rt := f.valueOnly(l.root)
		if l.path == "" {
			top.add(rt)
		} else {
			f.addWholeUnder(&top, f.belowRecord(l.root, l.path, rt), l.path)
		}
	}
	return append(parts, heldPart{"", top.taint()}), true
}

// storeHeld stores parts under at; dest is the destinations the whole
// carries, kept with its top part.
func (f *family) storeHeld(at loc, parts []heldPart, dest Dest) {
	for _, p := range parts {
		t := p.t
		if p.path == "" {
			t.Dest, _ = t.Dest.union(dest)
		}
		f.store(loc{at.root, at.path + p.path}, t)
	}
}
