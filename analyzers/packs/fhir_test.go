package packs_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// fhirLibraries are the case packages of each FHIR library's table, by
// the table's library path.
var fhirLibraries = map[string]string{
	"github.com/samply/golang-fhir-models/fhir-models/fhir":     "fhirsamply",
	"github.com/zorgbijjou/golang-fhir-models/fhir-models/fhir": "fhirzorgbijjou",
	"github.com/fastenhealth/gofhir-models/fhir401":             "fhirfasten",
}

// TestFHIRPatient checks the patient profile (the default, with no
// configuration) against the real libraries: every patient mark has a
// finding and a guarded statement that stays clean, and every strict mark
// stays clean.
func TestFHIRPatient(t *testing.T) {
	needCases(t)
	for _, pkg := range fhirLibraries {
		t.Run(pkg, func(t *testing.T) {
			phitest.RunModule(t, casesDir, phiflow.Analyzer, "./"+pkg)
		})
	}
}

// TestFHIRStrict checks that the strict profile adds its marks.
func TestFHIRStrict(t *testing.T) {
	needCases(t)
	useConfig(t, "packs: {fhir: strict}\n")
	for _, pkg := range fhirLibraries {
		t.Run(pkg, func(t *testing.T) {
			phitest.RunModule(t, casesDir, phiflow.Analyzer, "./"+pkg+"strict")
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
	useConfig(t, `
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
	useConfig(t, "packs:\n  fhir: off\n")
	phitest.RunModule(t, casesDir, phiflow.Analyzer, "./fhiroff")
}
