package lib

// Outline is a tree a caller fills: AddSection links a new section to
// its parent and hands it back to be written.
type Outline struct {
	Title    string
	Sections []*Outline
}

func (o *Outline) AddSection() *Outline {
	s := &Outline{}
	o.Sections = append(o.Sections, s)
	return s
}

// Detached makes a section it does not link.
func (o *Outline) Detached() *Outline { return &Outline{} }
