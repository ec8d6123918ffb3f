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
	warnUnmatchedPacks(sel, nameSet(withLibrary), &b)
	want := "phivet: warning: pack fhir (example.com/models/fhir, written for v1.2.3): field example.com/models/fhir.Patient.BirthDate matches nothing in the library as built; it may have been renamed\n"
	if b.String() != want {
		t.Errorf("with the library in the program: got\n%s\nwant\n%s", b.String(), want)
	}

	b.Reset()
	warnUnmatchedPacks(sel, nameSet{packageKey: {"example.com/app", "example.com/models/fhirutil"}}, &b)
	if b.String() != "" {
		t.Errorf("without the library in the program: got\n%s\nwant no warning", b.String())
	}
}

// A library made of a package per resource is warned about mark by mark:
// a mark in a package the program does not import is silent even when
// the program imports another package of the library, and a mark in an
// imported package that matches nothing there is still warned about.
func TestWarnUnmatchedPacksByMarkPackage(t *testing.T) {
	const lib = "example.com/models/fhirproto"
	table := &packs.Table{Pack: "fhir", Library: lib, Version: "v0.4.0"}
	sel := []packs.Selected{{Table: table, Profile: packs.ProfilePatient, Sources: []config.Source{
		{Field: lib + "/patient_proto.Patient.Name", Class: vocab.ClassDirect},
		{Field: lib + "/patient_proto.Patient.BirthDate", Class: vocab.ClassIndirect},
		{Field: lib + "/condition_proto.Condition.Code", Class: vocab.ClassClinical},
		{Type: lib + "/datatypes_proto.HumanName", Class: vocab.ClassDirect},
		{Func: "(*" + lib + "/condition_proto.Condition).GetCode", Class: vocab.ClassClinical},
	}}}
	names := map[string][]string{
		packageKey: {"example.com/app", lib + "/patient_proto", lib + "/jsonformat"},
		"field":    {lib + "/patient_proto.Patient.Name", lib + "/patient_proto.Patient.BirthDay"},
	}
	var b strings.Builder
	warnUnmatchedPacks(sel, nameSet(names), &b)
	want := "phivet: warning: pack fhir (" + lib + ", written for v0.4.0): field " + lib + "/patient_proto.Patient.BirthDate matches nothing in the library as built; it may have been renamed\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
