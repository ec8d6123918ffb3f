package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	c, err := Load("testdata/contract.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c.Sanitizers[0].Classes = []vocab.Class{vocab.ClassDirect, vocab.ClassClinical}
	enc := c.Encode()
	if strings.ContainsAny(enc, "\n\t") {
		t.Errorf("Encode is not compact: %s", enc)
	}
	d, err := Decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, d) {
		t.Errorf("Decode(Encode(c)) = %+v\nwant %+v", d, c)
	}
	if d.Encode() != enc || d.Hash() != c.Hash() {
		t.Error("Encode or Hash changed across a round trip")
	}
	if len(c.Hash()) != 64 {
		t.Errorf("Hash = %q, want 64 hex digits", c.Hash())
	}
}

func TestEncodeKeysOnContent(t *testing.T) {
	a, _ := Parse("phivet.yaml", []byte("policy: {log: check}\n"))
	b, _ := Parse("phivet.yaml", []byte("policy: {log: audit}\n"))
	p, _ := Parse("phivet.yaml", []byte("policy: {log: check}\npacks: {fhir: off}\n"))
	if a.Hash() == p.Hash() {
		t.Error("a packs: block does not change the Hash")
	}
	a2, _ := Parse("phivet.yaml", []byte("policy: {log: check}\n"))
	if a.Hash() == b.Hash() {
		t.Error("different configurations have the same Hash")
	}
	if a.Encode() != a2.Encode() {
		t.Error("Encode is not deterministic")
	}
}

func TestDecodeEmpty(t *testing.T) {
	d, err := Decode("")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, Default()) {
		t.Errorf("Decode(\"\") = %+v, want Default()", d)
	}
	if !reflect.DeepEqual(mustDecode(t, Default().Encode()), Default()) {
		t.Error("Default does not round-trip")
	}
}

// Decode fills policy defaults like Parse, so a hand-written flag value
// need not spell out all four keys.
func TestDecodeResolvesPolicy(t *testing.T) {
	d := mustDecode(t, `{"policy":{"transmit":"check"}}`)
	if want := (Policy{PolicyAny, PolicyAny, PolicyCheck, PolicyCheck}); d.Policy != want {
		t.Errorf("policy = %+v, want %+v", d.Policy, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{`, "decoding phivet configuration: unexpected EOF"},
		{`{"sourcez":[]}`, `decoding phivet configuration: json: unknown field "sourcez"`},
		{`{} {}`, "decoding phivet configuration: data after the JSON value"},
		{`{"file":"p.yaml","sinks":[{"line":4,"func":"example.com/n.Send","kind":"logg"}]}`,
			`p.yaml:4: sinks[0].kind: unknown sink kind "logg" (want log, export, transmit or respond)`},
		{`{"sources":[{"line":2,"class":"direct"}]}`,
			"2: sources[0]: want exactly one of field, type, func, var or tag"},
		{`{"sources":[{"line":2,"type":"example.com/m.T","func":"example.com/m.F","class":"direct"}]}`,
			"2: sources[0]: want exactly one of field, type, func, var or tag"},
		{`{"checks":[{"line":3,"func":"Check"}]}`,
			`3: checks[0].func: malformed function name "Check": missing package path (want pkg/path.Func, (pkg/path.T).M or (*pkg/path.T).M)`},
		{`{"policy":{"log":"maybe"}}`,
			`policy.log: unknown policy value "maybe" (want any, check, audit, check+audit, sanitize or allow)`},
		{`{"packs":{"fhir":"all"}}`,
			`packs.fhir: unknown pack profile "all" (want patient, strict or off)`},
		{`{"packs":{"hl7":"off"}}`,
			`packs.hl7: unknown pack (want fhir, hl7v2 or dicom)`},
		{`{"sanitizers":[{"line":1,"func":"example.com/r.R","classes":["-"]}]}`,
			`1: sanitizers[0].classes[0]: "-" is not a class a sanitizer removes (want direct, indirect or clinical)`},
	} {
		_, err := Decode(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Decode(%s) error = %v, want %s", tc.in, err, tc.want)
		}
	}
}

func mustDecode(t *testing.T, s string) *Config {
	t.Helper()
	c, err := Decode(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
