package main

import (
	"bytes"
	"slices"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
)

// The run keeps only the declared names the configuration's warnings ask
// about, and the warnings are the ones every name would give.
func TestDeclaredNamesKeptAreTheWantedOnes(t *testing.T) {
	const src = `package clinic

type Chart struct {
	MRN   string ` + "`hl7:\"PID.3\" json:\"mrn\"`" + `
	Notes string ` + "`json:\"notes\"`" + `
	Owner struct{ Name string }
}

func (c *Chart) Summary() string { return c.MRN }
func (c *Chart) Lookup() string  { return c.Notes }

var DefaultWard = "W1"

const FieldMRN = "mrn"

func Open(id string) *Chart { return nil }
func Close(c *Chart)         {}
`
	pkg := checkSource(t, "example.com/clinic", "clinic.go", src)
	cfg, err := config.Parse("phivet.yaml", []byte(`sources:
  - func: (*example.com/clinic.Chart).Summary
    keys: {clinic.FieldMRN: direct, clinic.FieldDOB: indirect}
  - field: example.com/clinic.Chart.Owner.Name
    class: direct
  - field: example.com/clinic.Chart.Owner.Phone
    class: direct
  - tag: hl7
    match: '^PID\.3$'
    class: direct
  - tag: hl7
    match: '^PID\.5$'
    class: direct
sinks:
  - func: example.com/clinic.Op*
    kind: log
  - func: example.com/clinic.Send
    kind: log
`))
	if err != nil {
		t.Fatal(err)
	}
	all, kept := map[string][]string{}, map[string][]string{}
	declaredNames(pkg, all, nil)
	declaredNames(pkg, kept, wantedNames(cfg))

	var fromAll, fromKept bytes.Buffer
	warnUnmatched(cfg, nameSet(all), &fromAll)
	warnUnmatched(cfg, nameSet(kept), &fromKept)
	if fromAll.String() != fromKept.String() {
		t.Errorf("warnings from the kept names:\n%s\nwant those from every name:\n%s", fromKept.String(), fromAll.String())
	}
	if fromAll.Len() == 0 {
		t.Errorf("no warning: the test would not see one lost")
	}
	for kind, want := range map[string][]string{
		"func":    {"(*example.com/clinic.Chart).Summary", "example.com/clinic.Open"},
		"field":   {"example.com/clinic.Chart.Owner.Name"},
		"key":     {"clinic.FieldMRN"},
		"tag:hl7": {"PID.3"},
	} {
		if !slices.Equal(kept[kind], want) {
			t.Errorf("kept %s names %q, want %q (every name: %q)", kind, kept[kind], want, all[kind])
		}
	}
	if len(kept["tag:json"]) > 0 || len(kept["var"]) > 0 || len(kept["type"]) > 0 {
		t.Errorf("kept names no warning asks about: %v", kept)
	}
}
