// Package report checks that data named alike in two packages is two
// pieces of data (issue 16, labels by identity).
package report

import (
	"log"

	"example.com/alike/clinic"
	"example.com/alike/ward"
)

func Both(c *clinic.Patient, w *ward.Patient) {
	log.Printf("%s %s", c.Name, w.Name) // want `clinic.Patient.Name \(direct\), ward.Patient.Name \(direct\) reaches log sink`
}

func ClinicOnly(c *clinic.Patient) {
	log.Printf("%s", c.Name) // want `^Patient.Name \(direct\) reaches log sink`
}

func WardBedOnly(w *ward.Patient) {
	log.Printf("%s %s", w.Bed, w.Note) // clean: the ward's unmarked fields
}
