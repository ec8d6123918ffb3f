// Cases of FHIR resources printed or encoded whole, and of the parts of a
// resource the patient profile leaves unmarked.
package fhirrecords

import (
	"encoding/json"
	"fmt"
	"log"

	fhir "github.com/samply/golang-fhir-models/fhir-models/fhir"
)

// Whole resources are records: their marked fields make them identifiable.
func Whole(p fhir.Patient, c *fhir.Condition) {
	log.Println(p)                 // want `Patient.Address \(direct\), Patient.Contact \(direct\).* reaches log sink`
	log.Printf("%+v", c)           // want `Condition.BodySite \(clinical\), Condition.Code \(clinical\).* reaches log sink`
	fmt.Println(*p.Name[0].Family) // want `Patient.Name \(direct\) reaches log sink`
}

// Encoded resources carry their marked fields, through the library's own
// MarshalJSON, which re-types each resource as OtherT before encoding it.
func Encoded(p fhir.Patient, c fhir.Condition, o *fhir.Observation) {
	out, _ := json.Marshal(p)
	log.Println(string(out)) // want `^Patient.Address \(direct\), Patient.Contact \(direct\).* reaches log sink`
	raw, _ := p.MarshalJSON()
	log.Println(string(raw)) // want `^Patient.Address \(direct\).* reaches log sink`
	cond, _ := json.Marshal(c)
	log.Println(string(cond)) // want `^Condition.BodySite \(clinical\), Condition.Code \(clinical\).* reaches log sink`
	obs, _ := json.Marshal(o)
	log.Println(string(obs)) // want `^Observation.* reaches log sink`
	id, _ := json.Marshal(p.Id)
	log.Println(string(id)) // the logical id alone
}

// Logical ids, metadata and references are surrogate keys in the patient
// profile; a resource with no marked field is no record, and a bundle's
// entries are raw JSON, marked in strict only.
func Surrogates(p fhir.Patient, o fhir.Observation, b fhir.Bundle, pr fhir.Practitioner) {
	log.Println(*p.Id, p.Meta, p.Active)
	log.Println(o.Subject, o.Status, o.Id)
	log.Println(b.Id, b.Total, b.Type, b.Link)
	log.Println(b, b.Entry[0].Resource)
	log.Println(p.GeneralPractitioner, p.ManagingOrganization)
	log.Println(pr) // a practitioner is staff, not a patient
	log.Println(len(p.Name))
}

// Empty resources hold nothing.
func Empty() {
	log.Println(fhir.Patient{})
}
