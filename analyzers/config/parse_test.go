package config

import (
	"errors"
	"io/fs"
	"reflect"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

func TestParseContractExample(t *testing.T) {
	c, err := Load("testdata/contract.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		File: "testdata/contract.yaml",
		Sources: []Source{
			{Entry: Entry{2}, Field: "example.com/ehr/model.Patient.Name", Class: vocab.ClassDirect},
			{Entry: Entry{4}, Type: "example.com/ehr/model.NHSNumber", Class: vocab.ClassDirect},
			{Entry: Entry{6}, Func: "(*example.com/ehr/store.Store).GetPatient", Class: vocab.ClassDirect},
		},
		Sinks:      []Sink{{Entry{9}, "example.com/ehr/notify.SendSMS", vocab.KindTransmit}},
		Checks:     []FuncRef{{Entry{12}, "example.com/ehr/consent.Check"}},
		Audits:     []FuncRef{{Entry{14}, "(*example.com/ehr/audit.Log).Record"}},
		Sanitizers: []Sanitizer{{Entry: Entry{16}, Func: "example.com/ehr/redact.*"}},
		Requires:   []Require{{Entry{18}, "example.com/ehr/referral.Send", vocab.GuardCheck}},
		Policy:     Policy{PolicyAny, PolicyAny, PolicyAny, PolicyAny},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Load = %+v\nwant %+v", c, want)
	}
}

func TestParseValid(t *testing.T) {
	anyPolicy := Policy{PolicyAny, PolicyAny, PolicyAny, PolicyAny}
	for _, tc := range []struct {
		name, yaml string
		want       Config // File is always "phivet.yaml"
	}{
		{"empty", "", Config{Policy: anyPolicy}},
		{"comments only", "# nothing yet\n\n# really\n", Config{Policy: anyPolicy}},
		{"explicit null document", "---\n~\n", Config{Policy: anyPolicy}},
		{"empty sections", "sources:\nsinks: []\npolicy:\n", Config{Policy: anyPolicy}},
		{"strict preset", "policy: strict\n", Config{Policy: Policy{PolicySanitize, PolicyCheckAudit, PolicyCheckAudit, PolicyCheckAudit}}},
		{"respond defaults to transmit", "policy:\n  transmit: check+audit\n",
			Config{Policy: Policy{PolicyAny, PolicyAny, PolicyCheckAudit, PolicyCheckAudit}}},
		{"respond set on its own", "policy:\n  transmit: check\n  respond: allow\n",
			Config{Policy: Policy{PolicyAny, PolicyAny, PolicyCheck, PolicyAllow}}},
		{"subset of policy keys", "policy: {log: sanitize, export: audit}\n",
			Config{Policy: Policy{PolicySanitize, PolicyAudit, PolicyAny, PolicyAny}}},
		{"not-identifiable class and var source", "sources:\n  - var: example.com/ehr/fixtures.Demo\n    class: \"-\"\n",
			Config{Sources: []Source{{Entry: Entry{2}, Var: "example.com/ehr/fixtures.Demo", Class: vocab.ClassNone}}, Policy: anyPolicy}},
		{"bare dash is a scalar in flow style", "sources:\n  - {type: example.com/m.T, class: -}\n",
			Config{Sources: []Source{{Entry: Entry{2}, Type: "example.com/m.T", Class: vocab.ClassNone}}, Policy: anyPolicy}},
		{"class before name", "sources:\n  - class: clinical\n    field: gopkg.in/fhir.v4.Condition.Code\n",
			Config{Sources: []Source{{Entry: Entry{2}, Field: "gopkg.in/fhir.v4.Condition.Code", Class: vocab.ClassClinical}}, Policy: anyPolicy}},
		{"sanitizer classes", "sanitizers:\n  - func: example.com/ehr/redact.Name\n    classes: [direct, indirect]\n",
			Config{Sanitizers: []Sanitizer{{Entry{2}, "example.com/ehr/redact.Name", []vocab.Class{vocab.ClassDirect, vocab.ClassIndirect}}}, Policy: anyPolicy}},
		{"empty sanitizer classes", "sanitizers:\n  - func: example.com/ehr/redact.Name\n    classes: []\n",
			Config{Sanitizers: []Sanitizer{{Entry: Entry{2}, Func: "example.com/ehr/redact.Name"}}, Policy: anyPolicy}},
		{"respond sink and audit guard", "sinks:\n  - {func: \"(example.com/web.Ctx).JSON\", kind: respond}\nrequires:\n  - {func: example.com/ehr/referral.Send, guard: audit}\n",
			Config{Sinks: []Sink{{Entry{2}, "(example.com/web.Ctx).JSON", vocab.KindRespond}}, Requires: []Require{{Entry{4}, "example.com/ehr/referral.Send", vocab.GuardAudit}}, Policy: anyPolicy}},
		{"generic receiver and versioned path", "checks:\n  - func: (*gopkg.in/yaml.v3.List[K, V]).Allowed\n  - func: github.com/nats-io/nats.go.Connect\n",
			Config{Checks: []FuncRef{{Entry{2}, "(*gopkg.in/yaml.v3.List[K, V]).Allowed"}, {Entry{3}, "github.com/nats-io/nats.go.Connect"}}, Policy: anyPolicy}},
		{"aliases", "audits:\n  - &a {func: example.com/audit.Record}\n  - *a\n",
			Config{Audits: []FuncRef{{Entry{2}, "example.com/audit.Record"}, {Entry{2}, "example.com/audit.Record"}}, Policy: anyPolicy}},
		{"wildcards", "sanitizers:\n  - func: example.com/*/redact.*\n  - func: (*example.com/ehr/audit.*).Mask*\n",
			Config{Sanitizers: []Sanitizer{{Entry: Entry{2}, Func: "example.com/*/redact.*"}, {Entry: Entry{3}, Func: "(*example.com/ehr/audit.*).Mask*"}}, Policy: anyPolicy}},
		{"trailing empty document", "policy: strict\n---\n", Config{Policy: StrictPolicy}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse("phivet.yaml", []byte(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			tc.want.File = "phivet.yaml"
			if !reflect.DeepEqual(got, &tc.want) {
				t.Errorf("Parse = %+v\nwant   %+v", got, &tc.want)
			}
		})
	}
}

func TestDefault(t *testing.T) {
	got, err := Parse("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, Default()) {
		t.Errorf("Parse of nothing = %+v, want Default() = %+v", got, Default())
	}
	for _, k := range vocab.KindWords {
		if v := Default().Policy.For(k); v != PolicyAny {
			t.Errorf("Default().Policy.For(%s) = %q, want any", k, v)
		}
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("testdata/does-not-exist.yaml")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file = %v, want a not-exist error", err)
	}
}

// The packs: block sets a profile per pack; a pack it leaves out has the
// default, patient, and the block survives the flag's round trip.
func TestParsePacks(t *testing.T) {
	c, err := Parse("phivet.yaml", []byte("packs:\n  fhir: strict\n  dicom: off\n"))
	if err != nil {
		t.Fatal(err)
	}
	for pack, want := range map[string]PackProfile{"fhir": PackStrict, "dicom": PackOff, "hl7v2": PackPatient} {
		if got := c.PackProfile(pack); got != want {
			t.Errorf("PackProfile(%q) = %q, want %q", pack, got, want)
		}
	}
	d, err := Decode(c.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, d) {
		t.Errorf("Decode(Encode(c)) = %+v\nwant %+v", d, c)
	}
	if got := Default().PackProfile("fhir"); got != PackPatient {
		t.Errorf("Default().PackProfile(fhir) = %q, want patient", got)
	}
	empty, _ := Parse("phivet.yaml", []byte("packs:\n"))
	if empty.Packs != nil {
		t.Errorf("an empty packs: block = %v, want nil", empty.Packs)
	}
}

func TestPackProfileIncludes(t *testing.T) {
	for _, tc := range []struct {
		p, q PackProfile
		want bool
	}{
		{PackPatient, PackPatient, true},
		{PackPatient, PackStrict, false},
		{PackStrict, PackPatient, true},
		{PackStrict, PackStrict, true},
		{PackOff, PackPatient, false},
		{PackOff, PackStrict, false},
	} {
		if got := tc.p.Includes(tc.q); got != tc.want {
			t.Errorf("%s.Includes(%s) = %v, want %v", tc.p, tc.q, got, tc.want)
		}
	}
}
