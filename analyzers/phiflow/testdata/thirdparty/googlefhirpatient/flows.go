package googlefhirpatient

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/google/fhir/go/jsonformat"
	dpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/datatypes_go_proto"
	observationpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/observation_go_proto"
	organizationpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/organization_go_proto"
	patientpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/patient_go_proto"
)

// Wrappers: a marked field's value is read through datatype wrapper
// messages and generated getters. (Read through the fields themselves,
// p.Name[0].Family, it is lost: see enginegaps.MarkedFieldContents.)
func Wrappers(p *patientpb.Patient) {
	log.Println(p.GetName()[0].GetFamily().GetValue()) // want "Patient.Name "
	log.Println(p.Name)                                // want "Patient.Name "
	for _, id := range p.GetIdentifier() {
		log.Println(id.GetValue().GetValue()) // want "Patient.Identifier "
	}
	log.Println(p.GetId().GetValue())
	log.Println(p.GetActive().GetValue())
	log.Println(len(p.GetName()))
}

// Dates: a date is an integer of microseconds, whatever it becomes.
func Dates(p *patientpb.Patient) {
	log.Println(p.GetBirthDate().GetValueUs())                   // want "Patient.BirthDate "
	log.Println(time.UnixMicro(p.GetBirthDate().GetValueUs()))   // want "Patient.BirthDate "
	log.Println(p.GetMeta().GetLastUpdated().GetValueUs())       // the record's, not the patient's
	log.Println(p.GetBirthDate().GetPrecision() == dpb.Date_DAY) // a comparison
	log.Println(p.GetDeceased().GetDateTime().GetValueUs())      // want "Patient.Deceased "
}

// Choices: a choice[x] is a oneof wrapper whose value is in its Choice.
func Choices(o *observationpb.Observation) {
	log.Println(o.GetValue().GetQuantity().GetValue().GetValue()) // want "Observation.Value "
	if s, ok := o.GetValue().GetChoice().(*observationpb.Observation_ValueX_StringValue); ok {
		log.Println(s.StringValue.GetValue()) // want "Observation.Value "
	}
	log.Println(o.GetStatus().GetValue())
	log.Println(o.GetSubject().GetPatientId().GetValue()) // a reference: strict only
}

// Printing: a generated message's String (prototext) renders every
// field, so a resource with marked fields is a record; one built from
// its logical id alone holds nothing identifiable.
func Printing(p *patientpb.Patient) {
	log.Println(p)                // want "Patient.Address "
	log.Println(p.String())       // want "Patient.Address "
	fmt.Printf("patient %v\n", p) // want "Patient.Address "
	log.Println(&patientpb.Patient{Id: p.GetId()})
	log.Println(p.GetId().String())
}

// JSON: the FHIR JSON marshaller renders every exported field of the
// message, as encoding/json does; an organisation holds nothing the
// profile marks. The unmarshaller's resource is made of what it reads.
func JSON(m *jsonformat.Marshaller, u *jsonformat.Unmarshaller, p *patientpb.Patient, org *organizationpb.Organization) {
	log.Println(m.Marshal(p))                     // want "Patient.Address "
	log.Println(m.MarshalToString(p))             // want "Patient.Address "
	log.Println(m.MarshalResource(p))             // want "Patient.Address "
	log.Println(m.MarshalResourceToString(p))     // want "Patient.Address "
	log.Println(m.MarshalElement(p.GetName()[0])) // want "Patient.Name "
	log.Println(m.MarshalToJSONObject(p))         // want "Patient.Address "
	log.Println(m.Marshal(org))
	log.Println(m.MarshalToString(org))
	log.Println(m.MarshalResource(&patientpb.Patient{Id: p.GetId()}))
	log.Println(m.MarshalResourceToString(p.GetMeta()))
	log.Println(m.MarshalElement(p.GetMeta()))
	log.Println(m.MarshalToJSONObject(org))

	record, _ := m.MarshalResource(p)
	log.Println(u.Unmarshal(record))                                                  // want "Patient.Address "
	log.Println(u.UnmarshalR4(record))                                                // want "Patient.Address "
	log.Println(u.UnmarshalWithErrorReporter(record, nil))                            // want "Patient.Address "
	log.Println(u.UnmarshalFromReaderWithErrorReporter(bytes.NewReader(record), nil)) // want "Patient.Address "
	log.Println(u.UnmarshalWithOutcome(record))                                       // want "Patient.Address "
	other, _ := m.MarshalResource(org)
	log.Println(u.Unmarshal(other))
	log.Println(u.UnmarshalR4(other))
	log.Println(u.UnmarshalWithErrorReporter(other, nil))
	log.Println(u.UnmarshalFromReaderWithErrorReporter(strings.NewReader(string(other)), nil))
	log.Println(u.UnmarshalWithOutcome(other))
}

// Guards: a disclosure check guards, a sanitizer cleans.
func Guards(p *patientpb.Patient) {
	if allowed(p) {
		log.Println(p.GetName())
	}
	log.Println(redact(p.GetName()[0].GetFamily().GetValue()))
}

// allowed is a disclosure check.
//
//phi:check
func allowed(p *patientpb.Patient) bool { return p.GetId() != nil }

// redact pseudonymises a value.
//
//phi:sanitize
func redact(s string) string { return "***" }
