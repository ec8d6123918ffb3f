// Package app logs patients; phivet -fix wraps the values in sanitizers.
package app

import (
	"log"

	"example.com/fixable/model"
)

// Admit logs an admission.
func Admit(p *model.Patient) {
	log.Printf("admitted %s from %s", p.Name, p.Postcode) // leak: PHI1001
}

// Greet logs a greeting.
func Greet(p model.Patient) {
	log.Println("hello " + p.Name) // leak: PHI1001
}
