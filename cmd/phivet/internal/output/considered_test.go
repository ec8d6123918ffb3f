package output

import (
	"bytes"
	"path/filepath"
	"testing"
)

// The checks, audits and sanitizers considered for a finding go into the
// JSON as "considered" and into SARIF as relatedLocations after the path,
// not into the thread flow.
func TestConsidered(t *testing.T) {
	root := t.TempDir()
	api := filepath.Join(root, "api.go")
	f := Finding{Code: "PHI1001", Message: "Patient.Name (direct) reaches log sink log.Printf without a disclosure check or an audit call",
		Pos: Position{api, 31, 2}, Package: "example.com/api", Func: "Lenient",
		Steps:      []Step{{Pos: Position{api, 31, 28}, Message: "Patient.Name read here"}},
		Considered: []Step{{Pos: Position{api, 28, 12}, Message: "check clinic.mayDisclose does not hold here: its failure branch (api.go:28:39) does not return, so it reaches the sink"}},
	}

	v := decode(t, write(t, func(b *bytes.Buffer) error { return JSON(b, []Finding{f}, Options{Root: root}) }))
	c := get(t, v, "findings", 0, "considered", 0)
	if str(t, c, "file") != "api.go" || str(t, c, "line") != "28" || str(t, c, "message") != f.Considered[0].Message {
		t.Errorf("JSON considered[0] = %v", c)
	}

	v = decode(t, write(t, func(b *bytes.Buffer) error { return SARIF(b, []Finding{f}, Options{Root: root}) }))
	r := get(t, v, "runs", 0, "results", 0)
	if got, want := str(t, r, "relatedLocations", 1, "message", "text"), "considered: "+f.Considered[0].Message; got != want {
		t.Errorf("relatedLocations[1] = %q, want %q", got, want)
	}
	if str(t, r, "relatedLocations", 1, "id") != "2" || str(t, r, "relatedLocations", 1, "physicalLocation", "region", "startLine") != "28" {
		t.Errorf("relatedLocations[1] = %v", get(t, r, "relatedLocations", 1))
	}
	if flow := get(t, r, "codeFlows", 0, "threadFlows", 0, "locations").([]any); len(flow) != 2 {
		t.Errorf("thread flow has %d locations, want the step and the sink", len(flow))
	}
}
