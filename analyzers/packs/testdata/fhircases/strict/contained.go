// Cases of the FHIR pack's strict marks on Contained, which only some
// libraries' resources have.

package fhircases

import (
	"log"

	fhir "example.com/packcases/fhirlibrary"

	"example.com/packcases/guard"
)

func PatientContained(v fhir.Patient) {
	log.Println(v.Contained) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Contained)
	}
}

func ConditionContained(v fhir.Condition) {
	log.Println(v.Contained) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Contained)
	}
}

func OtherPatientContained(v fhir.OtherPatient) {
	log.Println(v.Contained) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Contained)
	}
}

func OtherConditionContained(v fhir.OtherCondition) {
	log.Println(v.Contained) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Contained)
	}
}
