package config

import "github.com/phivet/phivet/analyzers/vocab"

// Packs are phivet's built-in marks for the data models of health
// libraries (package analyzers/packs). The configuration only chooses, per
// pack, how much of its library's data is marked; the marks themselves are
// data compiled into phivet.

// PackProfile is how much of a library's data a pack marks.
type PackProfile string

const (
	// PackPatient (the default) marks identity, contact and clinical
	// content; logical ids and references are surrogate keys.
	PackPatient PackProfile = "patient"
	// PackStrict adds free text, identifiers of every kind, references
	// and display names.
	PackStrict PackProfile = "strict"
	// PackOff turns the pack off.
	PackOff PackProfile = "off"
)

// PackProfiles lists the valid profiles in the order messages show them.
var PackProfiles = []PackProfile{PackPatient, PackStrict, PackOff}

// PackNames lists the packs the packs: block may name (contract §1).
var PackNames = []string{"fhir", "hl7v2", "dicom"}

// ParsePackProfile checks a profile word.
func ParsePackProfile(s string) (PackProfile, error) {
	return vocab.ParseWord(s, PackProfiles, "pack profile")
}

func (p PackProfile) String() string { return string(p) }

// Includes reports whether profile p has the marks of profile q: strict
// has the patient marks, and off has none.
func (p PackProfile) Includes(q PackProfile) bool {
	switch p {
	case PackStrict:
		return q == PackPatient || q == PackStrict
	case PackPatient:
		return q == PackPatient
	}
	return false
}

// PackProfile returns the profile of the named pack: the one the file
// chose, or PackPatient.
func (c *Config) PackProfile(pack string) PackProfile {
	if c != nil {
		if p, ok := c.Packs[pack]; ok {
			return p
		}
	}
	return PackPatient
}
