package main_test

import (
	"path/filepath"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

// TestDiscovery runs phivet on a module with unmarked identifiable-looking
// fields: PHI3001 is reported at each field, and phi:"-", a config entry
// with class "-" and -checks silence it.
func TestDiscovery(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "leaky")
	e2e.WriteFile(t, filepath.Join(dir, "referral.go"), `package leaky

import "time"

// Referral has fields that look identifiable.
type Referral struct {
	ID          string
	DateOfBirth time.Time // leak: PHI3001
	Postcode    string    // leak: PHI3001
	SiteAddress string    `+"`phi:\"-\"`"+`
	GPPractice  string    // declared not identifiable in phivet.yaml
}
`)
	e2e.WriteFile(t, filepath.Join(dir, "phivet.yaml"), "sources:\n  - field: example.com/leaky.Referral.GPPractice\n    class: \"-\"\n")
	messages := checkFindings(t, dir, expectedLeaks(t, dir, false)).messages
	if m := messages[key{"referral.go", 8, "PHI3001"}]; m != `Referral.DateOfBirth looks identifiable (date of birth) but is not marked: tag it phi:"indirect", or phi:"-" if it is not identifiable` {
		t.Errorf("message: %q", m)
	}
	res := phivet(t, dir, "-checks", "all,-PHI3001", "-f", "json", "./...")
	got, _ := jsonKeys(dir, parseJSON(t, res))
	for k := range got {
		if k.Code == "PHI3001" {
			t.Errorf("-checks all,-PHI3001 still reports %s", k)
		}
	}
}
