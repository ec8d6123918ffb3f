package packs

import (
	"regexp"
	"testing"
)

// Each HL7 v2 field's path is read from the start of its description, so
// a description that does not start "SEG-N " would key the wrong path.
func TestHL7FieldPaths(t *testing.T) {
	path := regexp.MustCompile(`^[A-Z][A-Z0-9]{2}\.[1-9][0-9]*$`)
	for _, fields := range [][]hl7Field{hl7PatientFields, hl7StrictFields} {
		for _, f := range fields {
			if !path.MatchString(f.path) {
				t.Errorf("%q: path %q, want SEG.N", f.why, f.path)
			}
		}
	}
	if f := hl7Direct("PID-5 patient name: HIPAA names"); f.path != "PID.5" {
		t.Errorf("hl7Direct(PID-5 …).path = %q, want PID.5", f.path)
	}
}
