// Package imaging is a small image-archive library whose elements are
// looked up by tag: its marks come from keyed configuration entries
// (config_test.go), not from its own code.
package imaging

import "errors"

// Tag names an element of a dataset.
type Tag struct{ Group, Element uint16 }

// Tags, as package-level variables.
var (
	PatientName = Tag{0x0010, 0x0010}
	BirthDate   = Tag{0x0010, 0x0030}
	Modality    = Tag{0x0008, 0x0060}
)

// Keyword names an element by a constant of a named type.
type Keyword string

const (
	KeywordPatientID Keyword = "PatientID"
	KeywordRows      Keyword = "Rows"
)

// Element is one value of a dataset.
type Element struct {
	Tag   Tag
	Value string
}

// Dataset holds a study's elements.
type Dataset struct {
	Elements []*Element
}

// Find returns the element with tag t.
func (d *Dataset) Find(t Tag) (*Element, error) {
	for _, e := range d.Elements {
		if e.Tag == t {
			return e, nil
		}
	}
	return nil, errors.New("not found")
}

// Lookup returns the value named by a keyword.
func (d *Dataset) Lookup(k Keyword) string {
	for _, e := range d.Elements {
		if string(k) == e.Value {
			return e.Value
		}
	}
	return ""
}

// Value returns the value of the element with tag t, the tag after the
// dataset's name: the key is its second argument.
func Value(d *Dataset, name string, t Tag) string {
	e, _ := d.Find(t)
	if e == nil {
		return name
	}
	return e.Value
}
