package main_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

// coverageModule writes a module whose coverage has one call passing
// identifiable data, through a helper in another package, to a function
// value phivet cannot follow, and one function where the engine reaches
// an internal limit; it also has one finding.
func coverageModule(t *testing.T) string {
	dir := t.TempDir()
	e2e.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/cov\n\ngo 1.22\n")
	e2e.WriteFile(t, filepath.Join(dir, "relay", "relay.go"), `package relay

// Hooks holds a function value nothing in sight sets.
type Hooks struct {
	OnSave func(string)
}

// Forward passes its parameter to a call phivet cannot follow.
func Forward(h *Hooks, s string) {
	h.OnSave(s)
}
`)
	e2e.WriteFile(t, filepath.Join(dir, "clinic", "clinic.go"), `package clinic

import (
	"log"

	"example.com/cov/relay"
)

type Patient struct {
	ID    string
	Name  string   `+"`phi:\"direct\"`"+`
	Notes []string `+"`phi:\"clinical\"`"+`
}

// Save hands the name to the helper: listed, through the helper's call.
func Save(h *relay.Hooks, p *Patient) {
	relay.Forward(h, p.Name)
}

// SaveID hands it an unmarked field: not listed.
func SaveID(h *relay.Hooks, p *Patient) {
	relay.Forward(h, p.ID)
}

// Deep reslices a marked collection more often than the engine looks
// through: an internal limit is reached.
func Deep(p *Patient) string {
	return p.Notes[1:][1:][1:][1:][1:][1:][0]
}

// Leak is the module's finding.
func Leak(p *Patient) {
	log.Printf("patient %s", p.Name)
}
`)
	return dir
}

// phivet -v prints a line of coverage on stderr after the run, counting
// what phivet map lists under coverage; without -v, nothing changes, and
// with it the findings are the same.
func TestVerboseCoverage(t *testing.T) {
	needBinary(t)
	dir := coverageModule(t)
	const line = "phivet: coverage: 1 call to 1 callee phivet cannot follow was passed identifiable data; 0 call cycles did not settle; 1 function reached an internal limit (phivet map lists them)\n"
	plain := phivet(t, dir, "./...")
	verbose := phivet(t, dir, "-v", "./...")
	if plain.Code != 1 || verbose.Code != 1 || !strings.Contains(plain.Stdout, "PHI1001") {
		t.Fatalf("want the one finding, exit 1:\nwithout -v: %s\nwith -v: %s", plain, verbose)
	}
	if verbose.Stdout != plain.Stdout {
		t.Errorf("-v changed the findings:\nwithout: %s\nwith: %s", plain.Stdout, verbose.Stdout)
	}
	if plain.Stderr != "" {
		t.Errorf("without -v, stderr: %q", plain.Stderr)
	}
	if verbose.Stderr != line {
		t.Errorf("with -v, stderr:\n%q\nwant:\n%q", verbose.Stderr, line)
	}

	// A run replayed from the run cache prints the same line.
	cache := []string{"PHIVET_CACHE=" + t.TempDir()}
	for i := range 2 {
		if res := run(t, dir, cache, phivetBin, "-v", "./..."); res.Stderr != line || res.Stdout != plain.Stdout {
			t.Errorf("cached run %d: %s", i, res)
		}
	}

	// The map lists what the line counts.
	res := phivet(t, dir, "map", "-f", "json", "./...")
	var m struct {
		Summary struct {
			Unfollowed int `json:"unfollowed"`
			Limited    int `json:"limited"`
		} `json:"summary"`
		Unfollowed []struct {
			Callee string `json:"callee"`
			Calls  []struct {
				File     string `json:"file"`
				Line     int    `json:"line"`
				Function string `json:"function"`
				Via      string `json:"via"`
			} `json:"calls"`
		} `json:"unfollowed"`
		Limits []struct {
			Function string `json:"function"`
			Bound    string `json:"bound"`
			Meaning  string `json:"meaning"`
		} `json:"limits"`
	}
	if err := json.Unmarshal([]byte(res.Stdout), &m); err != nil {
		t.Fatalf("map: %v\n%s", err, res)
	}
	if m.Summary.Unfollowed != 1 || len(m.Unfollowed) != 1 || len(m.Unfollowed[0].Calls) != 1 {
		t.Fatalf("map's unfollowed calls: %+v", m.Unfollowed)
	}
	c := m.Unfollowed[0].Calls[0]
	if c.Function != "Save" || c.Line != 17 || !strings.HasSuffix(c.Via, "relay/relay.go:10") {
		t.Errorf("unfollowed call: %+v, want Save's call at line 17 through relay/relay.go:10", c)
	}
	if m.Summary.Limited != 1 || len(m.Limits) != 1 || m.Limits[0].Function != "Deep" || m.Limits[0].Bound != "maxReslices" || m.Limits[0].Meaning == "" {
		t.Errorf("map's limits: %d %+v", m.Summary.Limited, m.Limits)
	}
	md := phivet(t, dir, "map", "./...")
	for _, want := range []string{"### Functions where an internal limit was reached", "| `clinic/clinic.go:27` | `Deep` | `maxReslices` |", "through `relay/relay.go:10`"} {
		if !strings.Contains(md.Stdout, want) {
			t.Errorf("markdown map lacks %q:\n%s", want, md.Stdout)
		}
	}
}
