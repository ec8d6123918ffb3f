module example.com/packcases

go 1.26.0

require (
	github.com/fastenhealth/gofhir-models v0.0.7
	github.com/samply/golang-fhir-models/fhir-models v0.3.2
	github.com/zorgbijjou/golang-fhir-models/fhir-models v0.0.0-20250508174153-3ca2640a22ea
)
