// Cases of the FHIR pack turned off (packs: {fhir: off}).
package fhiroff

import (
	"log"

	fhir "github.com/samply/golang-fhir-models/fhir-models/fhir"
)

func Off(p fhir.Patient, c fhir.Condition, b fhir.Bundle) {
	log.Println(p.Name, p.BirthDate, c.Code)
	log.Println(p, c, b)
}
