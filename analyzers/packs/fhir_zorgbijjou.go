package packs

// zorgbijjou's fork of golang-fhir-models, which adds contained resources
// (one json.RawMessage per resource).
var fhirZorgbijjou = fhirR4("github.com/zorgbijjou/golang-fhir-models/fhir-models/fhir", "v0.0.0-20250508174153-3ca2640a22ea", fhirShape{contained: true})
