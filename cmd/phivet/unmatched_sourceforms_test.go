package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
)

// TestUnmatchedSourceForms: keyed sources are warned about by function and
// by each key that names a variable or constant; tag sources when no
// struct tag matches; field names reach into anonymous structs.
func TestUnmatchedSourceForms(t *testing.T) {
	const src = `package imaging

type Tag struct{ Group, Element uint16 }

var PatientName = Tag{0x0010, 0x0010}

const KeywordRows = "Rows"

type Dataset struct{ Elements []Tag }

func (d *Dataset) Find(t Tag) Tag { return t }

type Admission struct {
	MRN     string ` + "`hl7:\"PID.3\" json:\"mrn\"`" + `
	Patient struct {
		Visits []struct {
			Note string ` + "`hl7:\"NTE.3\"`" + `
		}
	}
}
`
	pkg := checkSource(t, "example.com/imaging", "imaging.go", src)
	names := map[string][]string{}
	declaredNames(pkg, names, nil)

	cfg, err := config.Parse("phivet.yaml", []byte(`sources:
  - func: (*example.com/imaging.Dataset).Find
    keys: {imaging.PatientName: direct, imaging.KeywordRows: "-", imaging.PatientAge: indirect, PID.5: direct}
  - func: (*example.com/imaging.Dataset).Lookup
    keys: {imaging.PatientName: direct}
  - tag: hl7
    match: '^PID\.3$'
    class: direct
  - tag: hl7
    match: '^NTE\.3$'
    class: clinical
  - tag: hl7
    match: '^PID\.5'
    class: direct
  - tag: dicom
    match: '.'
    class: direct
  - field: example.com/imaging.Admission.Patient.Visits.Note
    class: clinical
  - field: example.com/imaging.Admission.Patient.Visits.Ward
    class: clinical
`))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	warnUnmatched(cfg, nameSet(names), &out)
	want := []string{
		`phivet.yaml:2: warning: sources[0].keys["imaging.PatientAge"]: imaging.PatientAge matches nothing`,
		`phivet.yaml:4: warning: sources[1].func: (*example.com/imaging.Dataset).Lookup matches nothing`,
		`phivet.yaml:12: warning: sources[4].tag: no hl7 tag matching ^PID\.5 in the analysed packages`,
		`phivet.yaml:15: warning: sources[5].tag: no dicom tag matching . in the analysed packages`,
		`phivet.yaml:20: warning: sources[7].field: example.com/imaging.Admission.Patient.Visits.Ward matches nothing`,
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != len(want) {
		t.Fatalf("warnings:\n%s\nwant %d:\n%s", out.String(), len(want), strings.Join(want, "\n"))
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("warning %d = %q, want it to contain %q", i, got[i], want[i])
		}
	}
}
