package packs_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// fhirLibrary is one FHIR library whose table the case packages check.
type fhirLibrary struct {
	pkg string // its case packages: pkg (patient profile) and pkg+"strict"
	// contained says its resources have a Contained field, so that its
	// case packages also get the templates' contained.go.
	contained bool
}

// fhirLibraries are the FHIR libraries with a table, by the table's
// library path.
var fhirLibraries = map[string]fhirLibrary{
	"github.com/samply/golang-fhir-models/fhir-models/fhir":     {pkg: "fhirsamply"},
	"github.com/zorgbijjou/golang-fhir-models/fhir-models/fhir": {pkg: "fhirzorgbijjou", contained: true},
	"github.com/fastenhealth/gofhir-models/fhir401":             {pkg: "fhirfasten", contained: true},
}

// TestFHIRPatient checks the patient profile (the default, with no
// configuration) against the real libraries: every patient mark has a
// finding and a guarded statement that stays clean, and every strict mark
// stays clean.
func TestFHIRPatient(t *testing.T) {
	dir := fhirCases(t)
	for _, lib := range fhirLibraries {
		t.Run(lib.pkg, func(t *testing.T) {
			phitest.RunModule(t, dir, phiflow.Analyzer, "./"+lib.pkg)
		})
	}
}

// TestFHIRStrict checks that the strict profile adds its marks.
func TestFHIRStrict(t *testing.T) {
	dir := fhirCases(t)
	phitest.UseConfig(t, "packs: {fhir: strict}\n")
	for _, lib := range fhirLibraries {
		t.Run(lib.pkg, func(t *testing.T) {
			phitest.RunModule(t, dir, phiflow.Analyzer, "./"+lib.pkg+"strict")
		})
	}
}

// TestFHIRRecords checks resources printed and encoded whole, and the
// parts the patient profile leaves unmarked.
func TestFHIRRecords(t *testing.T) {
	needCases(t)
	phitest.RunModule(t, casesDir, phiflow.Analyzer, "./fhirrecords")
}

// TestFHIROverride checks that a user's own marks override a pack's: a
// "-" entry silences a pack field, another class replaces the pack's, and
// a user mark adds to the pack.
func TestFHIROverride(t *testing.T) {
	needCases(t)
	const fhir = "github.com/samply/golang-fhir-models/fhir-models/fhir"
	phitest.UseConfig(t, `
sources:
  - field: `+fhir+`.Patient.Name
    class: "-"
  - field: `+fhir+`.Patient.BirthDate
    class: clinical
  - field: `+fhir+`.Observation.Subject
    class: direct
`)
	phitest.RunModule(t, casesDir, phiflow.Analyzer, "./fhiroverride")
}

// TestFHIROff checks that packs: {fhir: off} turns the pack off.
func TestFHIROff(t *testing.T) {
	needCases(t)
	phitest.UseConfig(t, "packs:\n  fhir: off\n")
	phitest.RunModule(t, casesDir, phiflow.Analyzer, "./fhiroff")
}
