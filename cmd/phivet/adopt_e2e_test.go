package main_test

// End-to-end tests of the adoption features: baselines, phivet -fix and
// the data-flow map (docs/baseline.md, docs/map.md).

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := edit(string(src))
	if out == string(src) {
		t.Fatalf("edit of %s changed nothing", path)
	}
	e2e.WriteFile(t, path, out)
}

func TestBaseline(t *testing.T) {
	needBinary(t)
	dir := copyExample(t)
	base := filepath.Join(dir, "phivet-baseline.json")
	all := parseJSON(t, phivet(t, dir, "-f", "json", "./..."))
	if len(all.Findings) == 0 {
		t.Fatal("the example has no findings")
	}

	res := phivet(t, dir, "-write-baseline", base, "./...")
	if res.Code != 0 || res.Stdout != "" {
		t.Fatalf("-write-baseline: want exit 0 and nothing on stdout, got %s", res)
	}
	var file struct {
		Version  int `json:"version"`
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
			Count       int    `json:"count"`
		} `json:"findings"`
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &file); err != nil || file.Version != 1 {
		t.Fatalf("baseline is not version 1 JSON: %v\n%s", err, data)
	}
	n := 0
	for _, e := range file.Findings {
		n += e.Count
	}
	if n != len(all.Findings) {
		t.Errorf("baseline counts %d findings, the run has %d", n, len(all.Findings))
	}

	t.Run("all baselined", func(t *testing.T) {
		res := phivet(t, dir, "-baseline", base, "./...")
		if res.Code != 0 || res.Stdout != "" || res.Stderr != "" {
			t.Errorf("want exit 0 and no output, got %s", res)
		}
	})

	store := filepath.Join(dir, "store", "store.go")
	t.Run("lines added above a finding", func(t *testing.T) {
		editFile(t, store, func(s string) string {
			return strings.Replace(s, "\nimport (", "\n// Three lines added\n// above every finding\n// in this file.\n\nimport (", 1)
		})
		res := phivet(t, dir, "-baseline", base, "./...")
		if res.Code != 0 || res.Stdout != "" {
			t.Errorf("want exit 0 and no findings, got %s", res)
		}
	})

	t.Run("a new leak", func(t *testing.T) {
		editFile(t, store, func(s string) string {
			return s + "\n// Leak is new.\nfunc Leak(p *model.Patient) { log.Printf(\"new %s\", p.Name) }\n"
		})
		res := phivet(t, dir, "-baseline", base, "-f", "json", "./...")
		got := parseJSON(t, res)
		src, _ := os.ReadFile(store)
		last := strings.Count(string(src), "\n") // the line of the new function
		if res.Code != 1 || len(got.Findings) != 1 || got.Findings[0].Code != "PHI1001" || relFile(dir, got.Findings[0].File) != "store/store.go" || got.Findings[0].Line != last {
			t.Errorf("want exit 1 and only the new PHI1001 in Leak, got %s", res)
		}
	})

	t.Run("a fixed finding drops out", func(t *testing.T) {
		editFile(t, store, func(s string) string {
			return strings.Replace(s, `log.Printf("store: discharged %+v", p)`, `log.Printf("store: discharged %s", p.ID)`, 1)
		})
		res := phivet(t, dir, "-baseline", base, "-f", "json", "./...")
		if got := parseJSON(t, res); res.Code != 1 || len(got.Findings) != 1 {
			t.Errorf("want exit 1 and the one new finding, got %s", res)
		}
		if !strings.Contains(res.Stderr, "1 baselined findings are gone") {
			t.Errorf("stderr does not say a baselined finding is gone:\n%s", res.Stderr)
		}
	})
}

// TestFix applies the suggested fixes of a module whose phivet.yaml names
// sanitizers by class: the result builds and has no findings left.
func TestFix(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "fixable")
	before := parseJSON(t, phivet(t, dir, "-f", "json", "./..."))
	if len(before.Findings) != 3 {
		t.Fatalf("want 3 findings before -fix, got %+v", before.Findings)
	}
	res := phivet(t, dir, "-fix", "./...")
	if res.Code != 0 || res.Stdout != "" || !strings.Contains(res.Stderr, "applied 3 fixes to 2 files") {
		t.Errorf("-fix: want exit 0, no findings left and 3 fixes applied, got %s", res)
	}
	if b := run(t, dir, nil, goBin, "build", "./..."); b.Code != 0 {
		t.Fatalf("go build after -fix: %s", b)
	}
	if b := run(t, dir, nil, goBin, "vet", "./..."); b.Code != 0 {
		t.Fatalf("go vet after -fix: %s", b)
	}
	if after := phivet(t, dir, "./..."); after.Code != 0 || after.Stdout != "" {
		t.Errorf("after -fix, want no findings, got %s", after)
	}
	src, err := os.ReadFile(filepath.Join(dir, "app", "app.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"example.com/fixable/redact"`, "redact.Initials(p.Name), redact.Outward(p.Postcode)", `"hello " + redact.Initials(p.Name)`} {
		if !strings.Contains(string(src), want) {
			t.Errorf("fixed app.go lacks %q:\n%s", want, src)
		}
	}
}

type mapFlow struct {
	File       string `json:"file"`
	Line       int    `json:"line"`
	Function   string `json:"function"`
	Sink       string `json:"sink"`
	Kind       string `json:"kind"`
	Status     string `json:"status"`
	Acceptable bool   `json:"acceptable"`
	Code       string `json:"code"`
	Reason     string `json:"reason"`
	Reported   bool   `json:"reported"`
}

type flowMap struct {
	Version int `json:"version"`
	Data    []struct {
		Name  string `json:"name"`
		Kind  string `json:"kind"`
		Class string `json:"class"`
		Marks []struct {
			How  string `json:"how"`
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"marks"`
		Flows []mapFlow `json:"flows"`
	} `json:"data"`
	Requires []mapFlow `json:"requires"`
	Unmarked []struct {
		Name     string `json:"name"`
		File     string `json:"file"`
		Line     int    `json:"line"`
		Reported bool   `json:"reported"`
	} `json:"unmarked"`
}

func TestMap(t *testing.T) {
	needBinary(t)
	// The example, with one more suppressed leak whose verdict does not
	// hang on how the guards around the example's own //phi:ignore are
	// judged.
	dir := copyExample(t)
	editFile(t, filepath.Join(dir, "store", "store.go"), func(s string) string {
		return s + "\n// DebugName logs a name for a support ticket.\nfunc DebugName(p *model.Patient) {\n\t//phi:ignore support tickets are redacted by the helpdesk\n\tlog.Printf(\"debug %s\", p.Name)\n}\n"
	})
	debugLine := 0
	if src, err := os.ReadFile(filepath.Join(dir, "store", "store.go")); err == nil {
		debugLine = strings.Count(string(src), "\n") - 1
	}
	res := phivet(t, dir, "map", "-f", "json", "./...")
	if res.Code != 0 {
		t.Fatalf("phivet map: %s", res)
	}
	var m flowMap
	if err := json.Unmarshal([]byte(res.Stdout), &m); err != nil || m.Version != 1 {
		t.Fatalf("map is not version 1 JSON: %v\n%s", err, res.Stdout)
	}
	flowsOf := map[string][]mapFlow{}
	for _, d := range m.Data {
		flowsOf[d.Name] = d.Flows
	}
	find := func(data, file string, line int) *mapFlow {
		for _, f := range flowsOf[data] {
			if relFile(dir, f.File) == file && f.Line == line {
				return &f
			}
		}
		return nil
	}
	for _, c := range []struct {
		data, file string
		line       int
		status     string
		acceptable bool
		reason     string
	}{
		// The example's FHIR handler has a pack's Patient too: two pieces of
		// data named alike are named by their package.
		{"model.Patient.Name", "api/api.go", 112, "checked", true, ""}, // "checked and audited" too
		{"model.Patient.Name", "api/api.go", 152, "unguarded", false, ""},
		{"model.Patient.Name", "api/api.go", 93, "sanitized", true, ""},
		{"model.Patient.Name", "store/store.go", debugLine, "suppressed", false, "support tickets are redacted by the helpdesk"},
	} {
		f := find(c.data, c.file, c.line)
		if f == nil {
			t.Errorf("map has no flow of %s at %s:%d; its flows: %+v", c.data, c.file, c.line, flowsOf[c.data])
			continue
		}
		if !strings.HasPrefix(f.Status, c.status) || f.Acceptable != c.acceptable || f.Reason != c.reason {
			t.Errorf("%s at %s:%d: got %+v, want status %q acceptable %v reason %q", c.data, c.file, c.line, *f, c.status, c.acceptable, c.reason)
		}
	}
	for _, d := range m.Data {
		if d.Name == "Patient.Phone" && (len(d.Marks) != 1 || d.Marks[0].How != "config" || !strings.HasSuffix(d.Marks[0].File, "phivet.yaml")) {
			t.Errorf("Patient.Phone should be marked by config in phivet.yaml: %+v", d.Marks)
		}
		if d.Name == "model.Patient.Name" && (len(d.Marks) != 1 || d.Marks[0].How != "tag") {
			t.Errorf("model.Patient.Name should be marked by tag: %+v", d.Marks)
		}
	}

	// Every finding is in the map as an unacceptable, reported flow (or,
	// for PHI3001, an unmarked field); PHI2001 and PHI2002 are not flows.
	inMap := map[key]bool{}
	for _, fl := range append(m.Requires, func() []mapFlow {
		var all []mapFlow
		for _, d := range m.Data {
			all = append(all, d.Flows...)
		}
		return all
	}()...) {
		if !fl.Acceptable && fl.Reported {
			inMap[key{relFile(dir, fl.File), fl.Line, fl.Code}] = true
		}
	}
	for _, u := range m.Unmarked {
		if u.Reported {
			inMap[key{relFile(dir, u.File), u.Line, "PHI3001"}] = true
		}
	}
	findings := parseJSON(t, phivet(t, dir, "-f", "json", "./..."))
	for _, f := range findings.Findings {
		k := key{relFile(dir, f.File), f.Line, f.Code}
		if f.Code == "PHI2001" || f.Code == "PHI2002" {
			continue
		}
		if !inMap[k] {
			t.Errorf("finding %s (%s) is not in the map as unacceptable", k, f.Message)
		}
	}

	t.Run("markdown", func(t *testing.T) {
		res := phivet(t, dir, "map", "./...")
		for _, want := range []string{"# Data-flow map", "```mermaid\nflowchart LR\n", "### model.Patient.Name", "suppressed (PHI1001): support tickets are redacted by the helpdesk"} {
			if !strings.Contains(res.Stdout, want) {
				t.Errorf("markdown map lacks %q", want)
			}
		}
	})
	t.Run("html", func(t *testing.T) {
		res := phivet(t, dir, "map", "-f", "html", "./...")
		out := res.Stdout
		if res.Code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "<svg") || !strings.Contains(out, "Patient.Name") {
			t.Errorf("html map: %s", res)
		}
		for _, bad := range []string{"<script", "<link", "src=", "http://", "https://", "@import"} {
			if strings.Contains(strings.ReplaceAll(out, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
				t.Errorf("html map is not self-contained: it contains %q", bad)
			}
		}
	})
}
