package output

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestJSON(t *testing.T) {
	root, fs := fixture(t)
	raw := write(t, func(b *bytes.Buffer) error { return JSON(b, fs, Options{Root: root, WorkDir: "/elsewhere"}) })
	if bytes.Count(raw, []byte("\n")) != 1 || !bytes.HasSuffix(raw, []byte("\n")) {
		t.Errorf("JSON should be one line with a final newline:\n%s", raw)
	}
	v := decode(t, raw)
	if got := get(t, v, "version"); got != float64(1) {
		t.Errorf("version = %v", got)
	}
	findings := get(t, v, "findings").([]any)
	var order []string
	for i := range findings {
		order = append(order, str(t, findings, i, "file")+":"+str(t, findings, i, "line")+":"+str(t, findings, i, "code"))
	}
	outside := filepath.ToSlash(filepath.Join(filepath.Dir(root), "zz-outside", "gen.go"))
	want := []string{
		"model/patient.go:12:PHI3001",
		"ward/admit.go:10:PHI1001",
		"ward/admit.go:42:PHI1001",
		"ward/admit.go:42:PHI1004",
		outside + ":3:PHI1002", // outside the root: absolute
	}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("order/files:\n got %v\nwant %v", order, want)
	}

	f := findings[2] // the PHI1001 with a path
	for key, want := range map[string]string{
		"code":     "PHI1001",
		"message":  "Patient.Name (direct) reaches log.Printf without a check or audit",
		"column":   "2",
		"package":  "example.com/ehr/ward",
		"function": "(*Ward).Admit",
	} {
		if got := str(t, f, key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	for key, want := range map[string]string{"file": "model/patient.go", "line": "9", "column": "2", "message": `Patient.Name is marked phi:"direct"`} {
		if got := str(t, f, "path", 0, key); got != want {
			t.Errorf("path[0].%s = %q, want %q", key, got, want)
		}
	}
	if got := str(t, f, "path", 1, "file"); got != "ward/admit.go" {
		t.Errorf("path[1].file = %q", got)
	}

	// Package-level finding: "function" present and "", "path" is [] not null.
	if !bytes.Contains(raw, []byte(`"package":"example.com/ehr/model","function":"","path":[]`)) {
		t.Errorf("package-level finding should have function \"\" and path []:\n%s", raw)
	}
	// The two PHI1001 flows share a fingerprint; the second gets ":2".
	fp1, fp2 := str(t, findings, 1, "fingerprint"), str(t, findings, 2, "fingerprint")
	if fp1 != Fingerprint(fs[4], root) || fp2 != fp1+":2" {
		t.Errorf("fingerprints %q, %q; want %q and %q:2", fp1, fp2, Fingerprint(fs[4], root), fp1)
	}
	// No HTML escaping of messages.
	if bytes.Contains(raw, []byte(`\u003c`)) || bytes.Contains(raw, []byte(`\u0026`)) {
		t.Errorf("JSON escapes HTML: %s", raw)
	}
}

func TestJSONEmpty(t *testing.T) {
	for _, fs := range [][]Finding{nil, {}} {
		got := write(t, func(b *bytes.Buffer) error { return JSON(b, fs, Options{}) })
		if want := `{"version":1,"findings":[]}` + "\n"; string(got) != want {
			t.Errorf("JSON(%#v) = %q, want %q", fs, got, want)
		}
	}
}
