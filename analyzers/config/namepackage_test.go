package config

import "testing"

// Package splits the package path off every form of name a source has,
// including paths with dots in their last element and fields reached
// through anonymous structs.
func TestSourcePackage(t *testing.T) {
	for _, c := range []struct {
		src  Source
		want string
	}{
		{Source{Field: "example.com/models/fhir.Patient.Name"}, "example.com/models/fhir"},
		{Source{Field: "example.com/ehr.Order.Patient.Demographics.SSN"}, "example.com/ehr"},
		{Source{Field: "example.com/models/fhir.*.Contained"}, "example.com/models/fhir"},
		{Source{Type: "gopkg.in/yaml.v3.Node"}, "gopkg.in/yaml.v3"},
		{Source{Func: "github.com/nats-io/nats.go.Connect"}, "github.com/nats-io/nats.go"},
		{Source{Func: "(*example.com/imaging.Dataset).Lookup"}, "example.com/imaging"},
		{Source{Func: "(example.com/store.Cache[K, V]).Get"}, "example.com/store"},
		{Source{Func: "example.com/ehr/*.Lookup"}, "example.com/ehr/*"},
		{Source{Var: "example.com/ehr.Current"}, "example.com/ehr"},
		{Source{Tag: "hl7", Match: "PID"}, ""},
		{Source{Func: "Lookup"}, ""},
		{Source{Func: "(*example.com/imaging.Dataset.Lookup"}, ""},
	} {
		if got := c.src.Package(); got != c.want {
			t.Errorf("%+v: Package() = %q, want %q", c.src, got, c.want)
		}
	}
}
