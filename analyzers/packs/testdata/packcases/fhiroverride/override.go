// Cases of a configuration that overrides the FHIR pack (see
// TestFHIROverride for the configuration).
package fhiroverride

import (
	"log"

	fhir "github.com/samply/golang-fhir-models/fhir-models/fhir"
)

func Overridden(p fhir.Patient, o fhir.Observation) {
	log.Println(p.Name)      // class "-" in the configuration: not identifiable
	log.Println(p.BirthDate) // want `Patient.BirthDate \(clinical\) reaches log sink`
	log.Println(p.Telecom)   // want `Patient.Telecom \(direct\) reaches log sink`
	log.Println(o.Subject)   // want `Observation.Subject \(direct\) reaches log sink`
}
