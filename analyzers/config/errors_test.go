package config

import (
	"errors"
	"testing"
)

// Every configuration error must name the file, the line and the key, and
// say what is wrong in words a user can act on; the messages are pinned
// here exactly.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ name, yaml, want string }{
		{"yaml syntax", "sources:\n  - func: [\n",
			"phivet.yaml:2: YAML syntax: did not find expected node content"},
		{"bare dash class", "sources:\n  - type: example.com/m.T\n    class: -\n",
			`phivet.yaml:3: YAML syntax: a lone - starts a list; write the class as "-" in quotes`},
		{"root is a list", "- sources\n",
			"phivet.yaml:1: want a mapping (keys: sources, sinks, checks, audits, sanitizers, requires, policy, packs), got a list"},
		{"second document", "policy: strict\n---\nsinks: []\n",
			"phivet.yaml:3: a second YAML document; put everything in one"},
		{"unknown top-level key", "source:\n  - type: example.com/m.T\n",
			"phivet.yaml:1: source: unknown key (want sources, sinks, checks, audits, sanitizers, requires, policy or packs)"},
		{"duplicate top-level key", "sinks: []\nchecks: []\nsinks: []\n",
			"phivet.yaml:3: sinks: duplicate key (first at line 1)"},
		{"scalar where a list belongs", "sinks: example.com/n.Send\n",
			`phivet.yaml:1: sinks: want a list, got the scalar "example.com/n.Send"`},
		{"entry is not a mapping", "checks:\n  - example.com/c.Check\n",
			`phivet.yaml:2: checks[0]: want a mapping (keys: func), got the scalar "example.com/c.Check"`},
		{"unknown entry key", "sinks:\n  - func: example.com/n.Send\n    knd: log\n",
			"phivet.yaml:3: sinks[0].knd: unknown key (want func or kind)"},
		{"duplicate entry key", "audits:\n  - func: example.com/a.A\n    func: example.com/a.B\n",
			"phivet.yaml:3: audits[0].func: duplicate key (first at line 2)"},
		{"missing kind", "sinks:\n  - func: example.com/n.Send\n",
			`phivet.yaml:2: sinks[0]: missing key "kind"`},
		{"missing func", "requires:\n  - guard: check\n",
			`phivet.yaml:2: requires[0]: missing key "func"`},
		{"missing guard", "requires:\n  - func: example.com/r.Send\n",
			`phivet.yaml:2: requires[0]: missing key "guard"`},
		{"missing class", "sources:\n  - field: example.com/m.P.Name\n",
			`phivet.yaml:2: sources[0]: missing key "class"`},
		{"source without a name", "sources:\n  - class: direct\n",
			"phivet.yaml:2: sources[0]: missing one of field, type, func, var or tag"},
		{"two source names", "sources:\n  - type: example.com/m.T\n    class: direct\n    func: example.com/m.F\n",
			"phivet.yaml:4: sources[0].func: only one of field, type, func, var or tag may be set (type is set too)"},
		{"empty value", "checks:\n  - func:\n",
			"phivet.yaml:2: checks[0].func: missing value"},
		{"list where a value belongs", "checks:\n  - func: [example.com/c.A]\n",
			"phivet.yaml:2: checks[0].func: want a single value, got a list"},
		{"bad kind", "sinks:\n  - func: example.com/n.Send\n    kind: transmit\n  - func: example.com/n.Log\n    kind: logg\n",
			`phivet.yaml:5: sinks[1].kind: unknown sink kind "logg" (want log, export, transmit or respond)`},
		{"bad class", "sources:\n  - type: example.com/m.T\n    class: Direct\n",
			`phivet.yaml:3: sources[0].class: unknown class "Direct" (want direct, indirect, clinical or -)`},
		{"bad guard", "requires:\n  - func: example.com/r.Send\n    guard: consent\n",
			`phivet.yaml:3: requires[0].guard: unknown guard "consent" (want check or audit)`},
		{"bad policy value", "policy:\n  log: never\n",
			`phivet.yaml:2: policy.log: unknown policy value "never" (want any, check, audit, check+audit, sanitize or allow)`},
		{"bad policy key", "policy:\n  logs: any\n",
			"phivet.yaml:2: policy.logs: unknown key (want log, export, transmit or respond)"},
		{"bad policy preset", "policy: lax\n",
			`phivet.yaml:1: policy: unknown policy preset "lax" (want strict, or a mapping such as {log: check})`},
		{"unknown pack", "packs:\n  fhir: strict\n  hl7: patient\n",
			"phivet.yaml:3: packs.hl7: unknown key (want fhir, hl7v2 or dicom)"},
		{"unknown pack profile", "packs:\n  dicom: Patient\n",
			`phivet.yaml:2: packs.dicom: unknown pack profile "Patient" (want patient, strict or off)`},
		{"packs list", "packs: [fhir]\n",
			"phivet.yaml:1: packs: want a mapping (keys: fhir, hl7v2, dicom), got a list"},
		{"pack profile missing", "packs:\n  fhir:\n",
			"phivet.yaml:2: packs.fhir: missing value"},
		{"policy list", "policy: [strict]\n",
			"phivet.yaml:1: policy: want strict or a mapping of sink kind to value, got a list"},
		{"sanitizer classes not a list", "sanitizers:\n  - func: example.com/r.R\n    classes: direct\n",
			`phivet.yaml:3: sanitizers[0].classes: want a list, got the scalar "direct"`},
		{"sanitizer removes not-identifiable", "sanitizers:\n  - func: example.com/r.R\n    classes: [direct, \"-\"]\n",
			`phivet.yaml:3: sanitizers[0].classes[1]: "-" is not a class a sanitizer removes (want direct, indirect or clinical)`},
		{"sanitizer class twice", "sanitizers:\n  - func: example.com/r.R\n    classes:\n      - direct\n      - direct\n",
			`phivet.yaml:5: sanitizers[0].classes[1]: class "direct" is listed twice`},
		{"func without package", "checks:\n  - func: Check\n",
			`phivet.yaml:2: checks[0].func: malformed function name "Check": missing package path (want pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M)`},
		{"method without parentheses", "audits:\n  - func: example.com/ehr/audit.Log.Record\n",
			`phivet.yaml:2: audits[0].func: malformed function name "example.com/ehr/audit.Log.Record": "Log" looks like a type name, not part of the package path (want pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M)`},
		{"unclosed receiver", "audits:\n  - func: (*example.com/ehr/audit.Log.Record\n",
			`phivet.yaml:2: audits[0].func: malformed function name "(*example.com/ehr/audit.Log.Record": missing ')' after the receiver type (want pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M)`},
		{"not an identifier", "sinks:\n  - func: example.com/n.Send-SMS\n    kind: transmit\n",
			`phivet.yaml:2: sinks[0].func: malformed function name "example.com/n.Send-SMS": "Send-SMS" is not a Go identifier (want pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M)`},
		{"field without type", "sources:\n  - field: example.com/ehr/model.Name\n    class: direct\n",
			`phivet.yaml:2: sources[0].field: malformed field name "example.com/ehr/model.Name": missing package path or type name (want pkg/path.Type.Field)`},
		{"field given as type", "sources:\n  - type: example.com/ehr/model.Patient.Name\n    class: direct\n",
			`phivet.yaml:2: sources[0].type: malformed type name "example.com/ehr/model.Patient.Name": "Patient" looks like a type name, not part of the package path (want pkg/path.Type)`},
		{"bad package path", "sources:\n  - var: example.com//m.V\n    class: direct\n",
			`phivet.yaml:2: sources[0].var: malformed var name "example.com//m.V": bad package path element "" (want pkg/path.Name)`},
		{"space in name", "checks:\n  - func: \"example.com/c.Check It\"\n",
			`phivet.yaml:2: checks[0].func: malformed function name "example.com/c.Check It": "Check It" is not a Go identifier (want pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M)`},
		{"first error in file order wins", "policy:\n  log: never\nsinks:\n  - func: example.com/n.Send\n    kind: logg\n",
			`phivet.yaml:2: policy.log: unknown policy value "never" (want any, check, audit, check+audit, sanitize or allow)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("phivet.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatalf("Parse succeeded with %+v, want error %s", c, tc.want)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("Parse error %v is a %T, want *Error", err, err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("Parse error\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestErrorFormat(t *testing.T) {
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{"phivet.yaml", 7, "sinks[1].kind", "bad"}, "phivet.yaml:7: sinks[1].kind: bad"},
		{Error{"phivet.yaml", 0, "", "bad"}, "phivet.yaml: bad"},
		{Error{"phivet.yaml", 3, "", "bad"}, "phivet.yaml:3: bad"},
		{Error{"", 3, "policy", "bad"}, "3: policy: bad"},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("%#v.Error() = %q, want %q", tc.e, got, tc.want)
		}
	}
}
