package phiflow_test

// Tests of the keyed and tag source forms and of field names that reach
// into anonymous structs (contract §1, "Two more source forms").

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// TestConfigKeyed: a keyed source's results have the class of the key its
// argument names, and nothing for any other argument, even when the
// receiver is a record (Dataset.Elements is marked).
func TestConfigKeyed(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - func: (*example.com/keyed/imaging.Dataset).Find
    arg: 0
    keys: {imaging.PatientName: direct, imaging.BirthDate: indirect}
  - func: (*example.com/keyed/imaging.Dataset).Lookup
    keys: {imaging.KeywordPatientID: direct}
  - func: example.com/keyed/imaging.Value
    arg: 2
    keys: {imaging.PatientName: direct}
  - field: example.com/keyed/imaging.Dataset.Elements
    class: direct
  - func: (*example.com/keyed/hl7msg.Message).Find
    keys: {PID.5: direct, DG1.3: clinical}
  - func: (*example.com/keyed/hl7msg.Message).Find
    keys: {PID.5.7: "-"}
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/keyed/app")
}

// TestConfigTagRule: fields whose struct tag matches a tag rule are
// marked; a field entry that names the field wins over the rule.
func TestConfigTagRule(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - tag: hl7
    match: '^PID[.-](3|5|11|13)\b'
    class: direct
  - field: example.com/tagpaths.Admission.Pseudonym
    class: "-"
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/tagpaths")
}

// TestConfigAnonymousPath: a field of an anonymous struct is named
// through the fields that reach it, also through a slice of them.
func TestConfigAnonymousPath(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - field: example.com/anonpaths.Order.Patient.Demographics.SSN
    class: direct
  - field: example.com/anonpaths.Order.Patient.Demographics.Sex
    class: indirect
  - field: example.com/anonpaths.Order.Patient.Visits.Note
    class: clinical
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/anonpaths")
}
