// Package model holds the patient record.
package model

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}
