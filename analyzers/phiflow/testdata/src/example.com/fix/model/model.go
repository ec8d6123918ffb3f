package model

import "time"

type Patient struct {
	ID        string
	Name      string    `phi:"direct"`
	Postcode  string    `phi:"indirect"`
	BirthDate time.Time `phi:"indirect"`
	Diagnoses []string  `phi:"clinical"`
}
