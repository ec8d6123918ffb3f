// Package report logs both packages' patients.
package report

import (
	"log"

	"example.com/alikemod/clinic"
	"example.com/alikemod/ward"
)

// Both logs two different pieces of data that are named alike.
func Both(c *clinic.Patient, w *ward.Patient) {
	log.Printf("%s %s", c.Name, w.Name)
}

// ClinicOnly logs the clinic's patient only.
func ClinicOnly(c *clinic.Patient) {
	log.Printf("%s", c.Name)
}
