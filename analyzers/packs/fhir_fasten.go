package packs

// Fasten Health's gofhir-models, FHIR R4 (4.0.1) package, which adds
// contained resources (a []json.RawMessage per resource).
var fhirFasten = fhirR4("github.com/fastenhealth/gofhir-models/fhir401", "v0.0.7", fhirShape{contained: true})
