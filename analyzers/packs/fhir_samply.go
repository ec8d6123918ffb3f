package packs

// samply's golang-fhir-models, the generator the family descends from.
var fhirSamply = fhirR4("github.com/samply/golang-fhir-models/fhir-models/fhir", "v0.3.2", fhirShape{})
