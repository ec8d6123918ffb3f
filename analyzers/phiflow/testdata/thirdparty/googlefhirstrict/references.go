package googlefhirstrict

import (
	"log"

	dpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/datatypes_go_proto"
	observationpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/observation_go_proto"
)

// References: a reference to the patient is identifiable whole, its id
// and display text included; other references, and a reference on its
// own, are not.
func References(o *observationpb.Observation, r *dpb.Reference) {
	log.Println(o.GetSubject().GetPatientId().GetValue()) // want "Observation.Subject "
	log.Println(o.GetSubject().GetDisplay().GetValue())   // want "Observation.Subject "
	log.Println(o.GetPerformer())
	log.Println(r.GetDisplay().GetValue())
}
