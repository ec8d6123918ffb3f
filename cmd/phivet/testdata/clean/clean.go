// Package clean handles a patient record without disclosing it.
package clean

import "log"

// Patient is a minimal record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Greet logs the surrogate ID only.
func Greet(p *Patient) {
	log.Printf("hello patient %s", p.ID) // clean: ID is not marked
}
