package taint

// Portable returns the label as a fact carries it to other packages:
// without its type. A type belongs to the analysing package's type
// information, which a fact must not keep alive (a driver drops it once
// the package is done, and go vet serialises facts without it); across
// packages a typed label prints as identifiable, whichever driver runs.
func (l Label) Portable() Label {
	l.typ = nil
	return l
}
