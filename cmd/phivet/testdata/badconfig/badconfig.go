// Package badconfig leaks, so that a run that went ahead despite a bad
// phivet.yaml would show a finding. The e2e test writes the phivet.yaml.
package badconfig

import "log"

// Patient is a minimal record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Greet logs a greeting with the patient's name.
func Greet(p Patient) {
	log.Printf("hello %s", p.Name) // leak: PHI1001
}
