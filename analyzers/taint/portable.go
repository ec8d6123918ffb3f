package taint

// Portable returns the label as a fact carries it to other packages:
// without its type. A type belongs to the analysing package's type
// information, which a fact must not keep alive (a driver drops it once
// the package is done, and go vet serialises facts without it); across
// packages a typed label prints as the type its package and name find
// among the importer's dependencies says (factType), whichever driver
// runs.
func (l Label) Portable() Label {
	if l.typ != nil {
		l.typ, l.TypeLost = nil, true
	}
	return l
}

// Portable returns the set as a fact carries it: each label Portable,
// with its origin replaced by place(origin) (which gives a step a place
// readable in another package). It returns s itself when no label
// changes, so facts share the engine's sets instead of copying each one:
// facts live until every importer is done, and on apimachinery the
// copies were a tenth of the live heap at its peak.
func (s Set) Portable(place func(*Step) *Step) Set {
	var out Set
	for i, l := range s {
		m := l.Portable()
		if m.Origin != nil {
			m.Origin = place(m.Origin)
		}
		if out == nil {
			if m.typ == l.typ && m.Origin == l.Origin {
				continue
			}
			out = make(Set, len(s))
			copy(out, s[:i])
		}
		out[i] = m
	}
	if out == nil {
		return s
	}
	return out
}
