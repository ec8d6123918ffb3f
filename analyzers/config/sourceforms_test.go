package config

import (
	"reflect"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

// Tests of the keyed and tag source forms and of field names that reach
// into anonymous structs (contract §1, "Two more source forms").

func TestParseSourceForms(t *testing.T) {
	anyPolicy := Policy{PolicyAny, PolicyAny, PolicyAny, PolicyAny}
	for _, tc := range []struct {
		name, yaml string
		want       []Source
	}{
		{"keyed func", `sources:
  - func: (*github.com/suyashkumar/dicom.Dataset).FindElementByTag
    arg: 0
    keys: {tag.PatientName: direct, tag.PatientBirthDate: indirect}
`, []Source{{Entry: Entry{2}, Func: "(*github.com/suyashkumar/dicom.Dataset).FindElementByTag",
			Keys: map[string]vocab.Class{"tag.PatientName": vocab.ClassDirect, "tag.PatientBirthDate": vocab.ClassIndirect}}}},
		{"keyed func with path-string keys and a later arg", `sources:
  - func: (*example.com/hl7.Message).Find
    keys:
      PID.5: direct
      "PID.7": indirect
      OBX.5: clinical
    arg: 1
`, []Source{{Entry: Entry{2}, Func: "(*example.com/hl7.Message).Find", Arg: 1,
			Keys: map[string]vocab.Class{"PID.5": vocab.ClassDirect, "PID.7": vocab.ClassIndirect, "OBX.5": vocab.ClassClinical}}}},
		{"tag", `sources:
  - tag: hl7
    match: '^PID[.-](3|5|11|13)\b'
    class: direct
`, []Source{{Entry: Entry{2}, Tag: "hl7", Match: `^PID[.-](3|5|11|13)\b`, Class: vocab.ClassDirect}}},
		{"field of an anonymous struct through an unexported field", `sources:
  - field: example.com/ehr/models.Order.patient.SSN
    class: direct
`, []Source{{Entry: Entry{2}, Field: "example.com/ehr/models.Order.patient.SSN", Class: vocab.ClassDirect}}},
		{"field of an anonymous struct", `sources:
  - field: example.com/ehr/models.Order.Patient.Demographics.SSN
    class: direct
`, []Source{{Entry: Entry{2}, Field: "example.com/ehr/models.Order.Patient.Demographics.SSN", Class: vocab.ClassDirect}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse("phivet.yaml", []byte(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			want := &Config{File: "phivet.yaml", Sources: tc.want, Policy: anyPolicy}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Parse = %+v\nwant   %+v", got, want)
			}
			back, err := Decode(got.Encode())
			if err != nil {
				t.Fatalf("Decode(Encode()) = %v", err)
			}
			back.File = got.File
			if !reflect.DeepEqual(back, got) {
				t.Errorf("Decode(Encode()) = %+v\nwant %+v", back, got)
			}
		})
	}
}

func TestParseSourceFormErrors(t *testing.T) {
	for _, tc := range []struct{ name, yaml, want string }{
		{"keys without arg is arg 0, but keys must not be empty", "sources:\n  - func: example.com/m.F\n    keys: {}\n",
			`phivet.yaml:2: sources[0].keys: missing keys (a mapping of key to class, such as {tag.PatientName: direct})`},
		{"arg without keys", "sources:\n  - func: example.com/m.F\n    arg: 1\n",
			`phivet.yaml:2: sources[0].keys: missing keys (a mapping of key to class, such as {tag.PatientName: direct})`},
		{"arg with a class and no keys", "sources:\n  - func: example.com/m.F\n    class: direct\n    arg: 1\n",
			`phivet.yaml:2: sources[0].keys: missing keys (a mapping of key to class, such as {tag.PatientName: direct})`},
		{"negative arg", "sources:\n  - func: example.com/m.F\n    arg: -1\n    keys: {a.B: direct}\n",
			`phivet.yaml:3: sources[0].arg: arg "-1" is not an argument index (want 0 for the first argument after any receiver, 1, …)`},
		{"arg not a number", "sources:\n  - func: example.com/m.F\n    arg: first\n    keys: {a.B: direct}\n",
			`phivet.yaml:3: sources[0].arg: arg "first" is not an argument index (want 0 for the first argument after any receiver, 1, …)`},
		{"keys and class", "sources:\n  - func: example.com/m.F\n    class: direct\n    keys: {a.B: direct}\n",
			`phivet.yaml:3: sources[0].class: a keyed source takes its classes from keys; remove class`},
		{"keys on a field", "sources:\n  - field: example.com/m.T.F\n    keys: {a.B: direct}\n",
			`phivet.yaml:2: sources[0].keys: keys go with func: they make a function's results depend on an argument`},
		{"keys is a list", "sources:\n  - func: example.com/m.F\n    keys: [a.B]\n",
			`phivet.yaml:3: sources[0].keys: want a mapping of key to class (such as {tag.PatientName: direct}), got a list`},
		{"bad key class", "sources:\n  - func: example.com/m.F\n    keys:\n      a.B: direct\n      a.C: secret\n",
			`phivet.yaml:5: sources[0].keys["a.C"]: unknown class "secret" (want direct, indirect, clinical or -)`},
		{"duplicate key", "sources:\n  - func: example.com/m.F\n    keys:\n      a.B: direct\n      a.B: indirect\n",
			`phivet.yaml:5: sources[0].keys["a.B"]: duplicate key (first at line 4)`},
		{"key without class", "sources:\n  - func: example.com/m.F\n    keys:\n      a.B:\n",
			`phivet.yaml:4: sources[0].keys["a.B"]: missing value`},
		{"tag without match", "sources:\n  - tag: hl7\n    class: direct\n",
			`phivet.yaml:2: sources[0]: missing key "match" (the pattern the tag's value must match)`},
		{"match without tag", "sources:\n  - field: example.com/m.T.F\n    match: x\n    class: direct\n",
			`phivet.yaml:3: sources[0].match: match goes with tag: it is the pattern a tag's value must match`},
		{"bad regexp", "sources:\n  - tag: hl7\n    match: 'PID.(5'\n    class: direct\n",
			"phivet.yaml:3: sources[0].match: bad regular expression: error parsing regexp: missing closing ): `PID.(5`"},
		{"bad tag key", "sources:\n  - tag: 'hl7:x'\n    match: PID\n    class: direct\n",
			`phivet.yaml:2: sources[0].tag: malformed struct tag key "hl7:x" (want a word such as hl7 or json)`},
		{"tag without class", "sources:\n  - tag: hl7\n    match: PID\n",
			`phivet.yaml:2: sources[0]: missing key "class"`},
		{"tag and func", "sources:\n  - func: example.com/m.F\n    tag: hl7\n    class: direct\n",
			`phivet.yaml:3: sources[0].tag: only one of field, type, func, var or tag may be set (func is set too)`},
		{"deep field with an empty step", "sources:\n  - field: example.com/m.Order.Patient..SSN\n    class: direct\n",
			`phivet.yaml:2: sources[0].field: malformed field name "example.com/m.Order.Patient..SSN": empty name (want pkg/path.Type.Field)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("phivet.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatalf("Parse succeeded, want %s", tc.want)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("Parse error\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}
