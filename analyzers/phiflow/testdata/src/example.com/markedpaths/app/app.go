// Package app reads below the marked fields of markedpaths' types from
// another package: the marks travel with the types, the reads and the
// helpers' summaries across the package boundary (facts).
package app

import (
	"log"

	"example.com/markedpaths"
)

func Reads(r *markedpaths.Referral, o *markedpaths.Order) {
	log.Println(r.Contact.Names[0].Family) // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(r.Home.Detail.Email)       // want `Referral.Home \(indirect\) reaches log sink log.Println`
	log.Println(r.ID)                      // clean
	log.Println(r.Contact.Ref)             // clean: explicitly not identifiable
	log.Println(o.Patient.Name)            // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(o.Patient.ID)              // clean: an unmarked field of a record
	log.Println(o.GetPatient().ID)         // clean: the same through a getter
	log.Println(r.GetContact().Phone)      // want `Referral.Contact \(direct\) reaches log sink log.Println`
}

// Helpers: what a helper of the other package reads below the marked
// field of its parameter is found through its summary.
func Helpers(r *markedpaths.Referral) {
	log.Println(markedpaths.FirstFamily(r))                                                         // want `Referral.Contact \(direct\) reaches log sink log.Println`
	log.Println(markedpaths.PatientID(&markedpaths.Order{Patient: &markedpaths.Patient{ID: r.ID}})) // clean
	markedpaths.LogPhone(r.Contact)                                                                 // want `Referral.Contact \(direct\) reaches log sink log.Println`
}
