// Package model holds the patient record.
package model

// Patient is a registered patient.
type Patient struct {
	ID       string
	Name     string `phi:"direct"`
	Postcode string `phi:"indirect"`
}
