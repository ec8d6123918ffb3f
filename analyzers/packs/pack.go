// Package packs holds phivet's built-in marking of health libraries' data
// models (FHIR, HL7 v2, DICOM), kept as data like the catalog: one file per
// library, each a Table of source marks written in the same forms a
// phivet.yaml source entry uses. A pack is on whenever its library is in the
// analysed program; the configuration's packs: block chooses a profile or
// turns a pack off, and a user's own marks override a pack's.
package packs

import "github.com/phivet/phivet/analyzers/config"

// Profile is how much of a library's data a pack marks; the
// configuration's packs: block chooses one per pack.
type Profile = config.PackProfile

const (
	// ProfilePatient (the default) marks identity, contact and clinical
	// content; logical ids and references are surrogate keys.
	ProfilePatient = config.PackPatient
	// ProfileStrict adds free text, identifiers of every kind, references
	// and display names.
	ProfileStrict = config.PackStrict
	// ProfileOff turns the pack off.
	ProfileOff = config.PackOff
)

// Table is one library's marks for one pack.
type Table struct {
	// Pack is the key of the packs: block that controls the table:
	// "fhir", "hl7v2" or "dicom".
	Pack string
	// Library is the import path prefix of the library's packages. The
	// table's marks are silent when no package under it is in the
	// analysed program.
	Library string
	// Version is the version the table was written and tested against.
	Version string
	Marks   []Mark
}

// Mark is one source mark of a pack.
type Mark struct {
	// Profile is the lowest profile that has the mark: a ProfilePatient
	// mark is in ProfileStrict as well.
	Profile Profile
	// Source is the mark, in any form a phivet.yaml source entry has.
	// Its Line is zero.
	Source config.Source
	// Why says which standard the mark follows (a HIPAA Safe Harbor
	// identifier, a DICOM PS3.15 attribute, an NHS identifier...), for
	// `phivet -explain packs` and the docs.
	Why string
}

// Tables is the registry of every pack table, one entry per library file.
var Tables = []*Table{fhirSamply, fhirZorgbijjou, fhirFasten, googleFHIRTable, DICOM, HL7v2Lenaten}
