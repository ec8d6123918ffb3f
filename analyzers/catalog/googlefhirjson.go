package catalog

// github.com/google/fhir/go/jsonformat: the FHIR JSON marshaller of
// Google's FHIR protos renders every field of the message it is given
// through protoreflect, which the analysis cannot follow: its output is
// made of the message as encoding/json shows a struct, its exported
// fields. The unmarshallers' resource is made of the JSON they read.

const (
	fhirMarshaller   = "(*github.com/google/fhir/go/jsonformat.Marshaller)."
	fhirUnmarshaller = "(*github.com/google/fhir/go/jsonformat.Unmarshaller)."
)

var googleFHIRJSONTable = register(Table{
	Package: "github.com/google/fhir/go/jsonformat",
	Name:    "Google FHIR jsonformat",
	Propagators: concat(
		propagate(each(fhirMarshaller, "Marshal", "MarshalToString", "MarshalResource", "MarshalResourceToString",
			"MarshalElement", "MarshalToJSONObject"), At(1), Results, JSON),
		propagate(each(fhirUnmarshaller, "Unmarshal", "UnmarshalR4", "UnmarshalWithErrorReporter",
			"UnmarshalFromReaderWithErrorReporter", "UnmarshalWithOutcome"), At(1), Results, Raw),
	),
})
