// Package leaky logs a patient's name.
package leaky

import "log"

// Patient is a minimal record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Greet logs a greeting with the patient's name.
func Greet(p Patient) {
	name := p.Name
	log.Printf("hello %s", name) // leak: PHI1001
}
