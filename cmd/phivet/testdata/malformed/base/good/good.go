// Package good is the package every malformed-input case runs beside: its
// finding must be reported whatever is wrong elsewhere.
package good

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
