// Package model stands for generated FHIR models the user cannot annotate:
// its marks come from phivet.yaml.
package model

type NHSNumber string

type Patient struct {
	ID    string
	Name  string
	NHS   NHSNumber
	Ward  string
	Phone string
}

type Contact struct {
	Phone string
	Email string
}
