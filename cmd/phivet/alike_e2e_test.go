package main_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestDataNamedAlike: two packages' Patient.Name are two pieces of data.
// A finding that carries both names each by its package; the map keeps
// them apart, each with only its own flows.
func TestDataNamedAlike(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "alikemod")
	res := phivet(t, dir, "./...")
	if res.Code != 1 {
		t.Fatalf("exit %d, want 1\nstderr:\n%s", res.Code, res.Stderr)
	}
	for _, want := range []string{
		"report/report.go:13:2: clinic.Patient.Name (direct), ward.Patient.Name (direct) reaches log sink log.Printf",
		"report/report.go:18:2: Patient.Name (direct) reaches log sink log.Printf",
	} {
		if !strings.Contains(res.Stdout, want) {
			t.Errorf("findings lack %q:\n%s", want, res.Stdout)
		}
	}

	res = phivet(t, dir, "map", "-f", "json", "./...")
	if res.Code != 0 {
		t.Fatalf("map: exit %d, want 0\nstderr:\n%s", res.Code, res.Stderr)
	}
	var m struct {
		Data []struct {
			Name  string
			Marks []struct{ Decl string }
			Flows []struct{ Function string }
		}
	}
	if err := json.Unmarshal([]byte(res.Stdout), &m); err != nil {
		t.Fatalf("map is not JSON: %v", err)
	}
	got := map[string]string{}
	for _, d := range m.Data {
		var fns []string
		for _, f := range d.Flows {
			fns = append(fns, f.Function)
		}
		decl := ""
		if len(d.Marks) == 1 {
			decl = d.Marks[0].Decl
		}
		got[d.Name] = decl + " " + strings.Join(fns, ",")
	}
	want := map[string]string{
		"clinic.Patient.Name": "example.com/alikemod/clinic.Patient.Name Both,ClinicOnly",
		"ward.Patient.Name":   "example.com/alikemod/ward.Patient.Name Both",
	}
	if len(got) != len(want) {
		t.Errorf("map data %v, want %v", got, want)
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("map data %s: %q, want %q", name, got[name], w)
		}
	}
}
