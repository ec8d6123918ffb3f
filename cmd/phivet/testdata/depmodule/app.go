// Package depapp passes a patient's name to a dependency, and panics
// with it itself.
package depapp

import "example.com/deplib"

// Patient is a minimal record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Check hands the name to the dependency: not a finding.
func Check(p Patient) string {
	return deplib.MustShort(p.Name)
}

// Announce hands the name to a dependency's hook, which phivet cannot
// follow: listed under coverage, not a finding. The id is not listed.
func Announce(p Patient) {
	deplib.Notify(p.Name)
	deplib.Notify(p.ID)
}

// MustNamed panics with the name: a finding.
func MustNamed(p Patient) {
	if len(p.Name) > 64 {
		panic("name too long: " + p.Name) // leak: PHI1001
	}
}
