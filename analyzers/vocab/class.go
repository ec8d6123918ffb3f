package vocab

import "strings"

// Class says how a value identifies a patient.
//
// The values are ordered as their words sort, so that labels ordered by
// class keep the order they had when a class was its word. Past the
// classes a user writes come the classes of records (see ClassSet.Record).
type Class uint8

const (
	ClassUnset    Class = iota // no class: the value is not marked
	ClassNone                  // "-": explicitly not identifiable (surrogate keys)
	ClassClinical              // confidential health information: diagnosis, notes
	ClassDirect                // identifies a person on its own: name, NHS number
	ClassIndirect              // identifies in combination: date of birth, postcode
	recordClasses              // the first record class
)

// ClassWords lists the classes a user may write, in the order messages
// show them.
var ClassWords = []Class{ClassDirect, ClassIndirect, ClassClinical, ClassNone}

// ParseClass reads a class word.
func ParseClass(s string) (Class, error) {
	return ParseWord(s, ClassWords, "class")
}

// Identifiable reports whether c marks identifiable data: any class but
// ClassUnset and ClassNone.
func (c Class) Identifiable() bool { return c != ClassUnset && c != ClassNone }

// classSpelling spells each class a user writes; ClassUnset is "".
var classSpelling = []string{ClassUnset: "", ClassNone: "-", ClassClinical: "clinical", ClassDirect: "direct", ClassIndirect: "indirect"}

// String is the class's word: "direct"; "-" for ClassNone, "" for
// ClassUnset, and for a record's class the classes of its marked fields,
// "record: direct, clinical".
func (c Class) String() string {
	if c < recordClasses {
		return spell(classSpelling, c)
	}
	if i := int(c - recordClasses); i < len(recordOrder) {
		return "record: " + recordOrder[i].String()
	}
	return ""
}

// MarshalText writes the class's word, for the configuration's JSON form.
func (c Class) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a class word. An unknown word reads as ClassUnset
// without an error: the configuration, the only reader of this form,
// checks the words as written itself, so that it can say where a bad one
// is.
func (c *Class) UnmarshalText(b []byte) error { return readWord(c, b, ClassWords) }

// ClassSet is a set of the identifying classes (direct, clinical,
// indirect): those of a record's marked fields.
type ClassSet uint8

// setBit is c's bit in a ClassSet, 0 for a class that is not one of the
// three.
func (c Class) setBit() ClassSet {
	switch c {
	case ClassDirect:
		return 1
	case ClassClinical:
		return 2
	case ClassIndirect:
		return 4
	}
	return 0
}

// With returns s with c added (s itself for a class that is not one of
// the three).
func (s ClassSet) With(c Class) ClassSet { return s | c.setBit() }

// String lists the classes, most identifying first: "direct, clinical".
func (s ClassSet) String() string {
	var out []string
	for _, c := range []Class{ClassDirect, ClassClinical, ClassIndirect} {
		if s&c.setBit() != 0 {
			out = append(out, c.String())
		}
	}
	return strings.Join(out, ", ")
}

// Record is the class of a record whose marked fields have the classes
// in s: it prints as "record: " and the list.
func (s ClassSet) Record() Class {
	for i, r := range recordOrder {
		if r == s {
			return recordClasses + Class(i)
		}
	}
	return ClassUnset
}

// recordOrder lists every set in the order of its record class's word
// ("record: clinical" < "record: clinical, indirect" < "record: direct"…),
// which is the order of the record classes.
var recordOrder = [...]ClassSet{0, 2, 2 | 4, 1, 1 | 2, 1 | 2 | 4, 1 | 4, 4}
