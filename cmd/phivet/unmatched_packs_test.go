package main

import (
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/packs"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A pack mark is warned about only when its library is in the program and
// the mark matches nothing there; a library not in the program is silent.
func TestWarnUnmatchedPacks(t *testing.T) {
	table := &packs.Table{Pack: "fhir", Library: "example.com/models/fhir", Version: "v1.2.3"}
	sel := []packs.Selected{{Table: table, Profile: packs.ProfilePatient, Sources: []config.Source{
		{Field: "example.com/models/fhir.Patient.Name", Class: vocab.ClassDirect},
		{Field: "example.com/models/fhir.Patient.BirthDate", Class: vocab.ClassIndirect},
		{Type: "example.com/models/fhir.HumanName", Class: vocab.ClassDirect},
	}}}
	withLibrary := map[string][]string{
		packageKey: {"example.com/app", "example.com/models/fhir"},
		"field":    {"example.com/models/fhir.Patient.Name", "example.com/models/fhir.Patient.Birth"},
		"type":     {"example.com/models/fhir.HumanName"},
	}
	var b strings.Builder
	warnUnmatchedPacks(sel, withLibrary, &b)
	want := "phivet: warning: pack fhir (example.com/models/fhir, written for v1.2.3): field example.com/models/fhir.Patient.BirthDate matches nothing in the library as built; it may have been renamed\n"
	if b.String() != want {
		t.Errorf("with the library in the program: got\n%s\nwant\n%s", b.String(), want)
	}

	b.Reset()
	warnUnmatchedPacks(sel, map[string][]string{packageKey: {"example.com/app", "example.com/models/fhirutil"}}, &b)
	if b.String() != "" {
		t.Errorf("without the library in the program: got\n%s\nwant no warning", b.String())
	}
}
