package output

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
)

// fixture returns a repository root and findings in a deliberately unsorted
// order: two PHI1001 flows in one function with the same message (so they
// share a fingerprint), a PHI1004 at the same position as one of them, a
// PHI3001 without steps at package level, and a finding outside the root.
func fixture(t *testing.T) (root string, fs []Finding) {
	t.Helper()
	root = t.TempDir()
	admit := filepath.Join(root, "ward", "admit.go")
	model := filepath.Join(root, "model", "patient.go")
	outside := filepath.Join(filepath.Dir(root), "zz-outside", "gen.go")
	steps := []Step{
		{Pos: Position{model, 9, 2}, Message: `Patient.Name is marked phi:"direct"`},
		{Pos: Position{admit, 40, 7}, Message: "read into name"},
	}
	fs = []Finding{
		{Code: "PHI1004", Message: "Patient.NHSNumber (direct) is put into a URL by http.Get", Pos: Position{admit, 42, 2},
			Package: "example.com/ehr/ward", Func: "(*Ward).Admit"},
		{Code: "PHI1001", Message: "Patient.Name (direct) reaches log.Printf without a check or audit", Pos: Position{admit, 42, 2},
			Package: "example.com/ehr/ward", Func: "(*Ward).Admit", Steps: steps},
		{Code: "PHI3001", Message: "field Referral.Postcode looks identifiable but is not marked", Pos: Position{model, 12, 2},
			Package: "example.com/ehr/model"},
		{Code: "PHI1002", Message: "Patient (record) reaches (*os.File).Write without a check or audit", Pos: Position{outside, 3, 1},
			Package: "example.com/gen", Func: "Dump"},
		{Code: "PHI1001", Message: "Patient.Name (direct) reaches log.Printf without a check or audit", Pos: Position{admit, 10, 5},
			Package: "example.com/ehr/ward", Func: "(*Ward).Admit"},
	}
	return root, fs
}

// decode parses JSON output into generic values, so tests check the real
// key names rather than round-tripping through the writer's own structs.
func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, b)
	}
	return v
}

// get walks a decoded JSON value by keys and indexes: get(v, "runs", 0, "tool").
func get(t *testing.T, v any, path ...any) any {
	t.Helper()
	for i, k := range path {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %v", path[:i+1], k)
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("%v: no key %q", path[:i+1], k)
			}
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				t.Fatalf("%v: no element %d", path[:i+1], k)
			}
			v = a[k]
		}
	}
	return v
}

func str(t *testing.T, v any, path ...any) string {
	t.Helper()
	return fmt.Sprint(get(t, v, path...))
}

func write(t *testing.T, fn func(*bytes.Buffer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := fn(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
