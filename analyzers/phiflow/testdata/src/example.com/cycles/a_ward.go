// Package cycles has record types that refer to each other: whether a
// type is a record, and what printing it shows, must not depend on which
// type or file the analysis meets first.
package cycles

import (
	"log"
	"log/slog"
)

// Ward lists patients and is declared before Patient.
type Ward struct {
	Code     string
	Patients []*Patient
}

func LogWard(w *Ward) {
	log.Printf("%+v", w) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func LogWardCode(w *Ward) {
	log.Println(w.Code) // clean: unmarked
}

// Admission holds a patient with a LogValue but no String method: fmt
// prints its fields.
func LogAdmission(a *Admission) {
	log.Printf("admitted %v", *a.Patient)       // want `Patient.Name \(direct\) reaches log sink log.Printf`
	slog.Info("admitted", "patient", a.Patient) // clean: LogValue shows only the ID
}

func LogVisit(v *Visit, c *Clinician) {
	log.Println(v) // clean: String shows only the clinician's badge
	log.Println(c) // clean: likewise
}

func LogNote(n Note) {
	log.Println(n) // want `Note.Text \(clinical\) reaches log sink log.Println`
}
