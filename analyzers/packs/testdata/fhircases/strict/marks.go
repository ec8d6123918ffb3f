// Cases of the FHIR pack's strict marks, for every FHIR library.

package fhircases

import (
	"log"

	fhir "example.com/packcases/fhirlibrary"

	"example.com/packcases/guard"
)

func ReferenceReference(v fhir.Reference) {
	log.Println(v.Reference) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Reference)
	}
}

func ReferenceIdentifier(v fhir.Reference) {
	log.Println(v.Identifier) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func IdentifierValue(v fhir.Identifier) {
	log.Println(v.Value) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Value)
	}
}

func ReferenceDisplay(v fhir.Reference) {
	log.Println(v.Display) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Display)
	}
}

func PatientGeneralPractitioner(v fhir.Patient) {
	log.Println(v.GeneralPractitioner) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.GeneralPractitioner)
	}
}

func PatientManagingOrganization(v fhir.Patient) {
	log.Println(v.ManagingOrganization) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.ManagingOrganization)
	}
}

func PatientLink(v fhir.Patient) {
	log.Println(v.Link) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Link)
	}
}

func OtherPatientGeneralPractitioner(v fhir.OtherPatient) {
	log.Println(v.GeneralPractitioner) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.GeneralPractitioner)
	}
}

func OtherPatientManagingOrganization(v fhir.OtherPatient) {
	log.Println(v.ManagingOrganization) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.ManagingOrganization)
	}
}

func OtherPatientLink(v fhir.OtherPatient) {
	log.Println(v.Link) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Link)
	}
}

func NarrativeDiv(v fhir.Narrative) {
	log.Println(v.Div) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Div)
	}
}

func AnnotationText(v fhir.Annotation) {
	log.Println(v.Text) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Text)
	}
}

func AttachmentData(v fhir.Attachment) {
	log.Println(v.Data) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Data)
	}
}

func DocumentReferenceDescription(v fhir.DocumentReference) {
	log.Println(v.Description) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Description)
	}
}

func OtherDocumentReferenceDescription(v fhir.OtherDocumentReference) {
	log.Println(v.Description) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Description)
	}
}

func CoverageIdentifier(v fhir.Coverage) {
	log.Println(v.Identifier) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func OtherCoverageIdentifier(v fhir.OtherCoverage) {
	log.Println(v.Identifier) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Identifier)
	}
}

func CoverageDependent(v fhir.Coverage) {
	log.Println(v.Dependent) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Dependent)
	}
}

func CoverageRelationship(v fhir.Coverage) {
	log.Println(v.Relationship) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Relationship)
	}
}

func OtherCoverageDependent(v fhir.OtherCoverage) {
	log.Println(v.Dependent) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Dependent)
	}
}

func OtherCoverageRelationship(v fhir.OtherCoverage) {
	log.Println(v.Relationship) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Relationship)
	}
}

func ObservationEffectiveDateTime(v fhir.Observation) {
	log.Println(v.EffectiveDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.EffectiveDateTime)
	}
}

func ConditionOnsetDateTime(v fhir.Condition) {
	log.Println(v.OnsetDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.OnsetDateTime)
	}
}

func ConditionAbatementDateTime(v fhir.Condition) {
	log.Println(v.AbatementDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.AbatementDateTime)
	}
}

func ConditionRecordedDate(v fhir.Condition) {
	log.Println(v.RecordedDate) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.RecordedDate)
	}
}

func ProcedurePerformedDateTime(v fhir.Procedure) {
	log.Println(v.PerformedDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.PerformedDateTime)
	}
}

func EncounterPeriod(v fhir.Encounter) {
	log.Println(v.Period) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Period)
	}
}

func ImmunizationOccurrenceDateTime(v fhir.Immunization) {
	log.Println(v.OccurrenceDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.OccurrenceDateTime)
	}
}

func MedicationRequestAuthoredOn(v fhir.MedicationRequest) {
	log.Println(v.AuthoredOn) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.AuthoredOn)
	}
}

func DiagnosticReportEffectiveDateTime(v fhir.DiagnosticReport) {
	log.Println(v.EffectiveDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.EffectiveDateTime)
	}
}

func OtherObservationEffectiveDateTime(v fhir.OtherObservation) {
	log.Println(v.EffectiveDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.EffectiveDateTime)
	}
}

func OtherConditionOnsetDateTime(v fhir.OtherCondition) {
	log.Println(v.OnsetDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.OnsetDateTime)
	}
}

func OtherConditionAbatementDateTime(v fhir.OtherCondition) {
	log.Println(v.AbatementDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.AbatementDateTime)
	}
}

func OtherConditionRecordedDate(v fhir.OtherCondition) {
	log.Println(v.RecordedDate) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.RecordedDate)
	}
}

func OtherProcedurePerformedDateTime(v fhir.OtherProcedure) {
	log.Println(v.PerformedDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.PerformedDateTime)
	}
}

func OtherEncounterPeriod(v fhir.OtherEncounter) {
	log.Println(v.Period) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Period)
	}
}

func OtherImmunizationOccurrenceDateTime(v fhir.OtherImmunization) {
	log.Println(v.OccurrenceDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.OccurrenceDateTime)
	}
}

func OtherMedicationRequestAuthoredOn(v fhir.OtherMedicationRequest) {
	log.Println(v.AuthoredOn) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.AuthoredOn)
	}
}

func OtherDiagnosticReportEffectiveDateTime(v fhir.OtherDiagnosticReport) {
	log.Println(v.EffectiveDateTime) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.EffectiveDateTime)
	}
}

func EncounterHospitalization(v fhir.Encounter) {
	log.Println(v.Hospitalization) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Hospitalization)
	}
}

func OtherEncounterHospitalization(v fhir.OtherEncounter) {
	log.Println(v.Hospitalization) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Hospitalization)
	}
}

func BundleEntryResource(v fhir.BundleEntry) {
	log.Println(v.Resource) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Resource)
	}
}

func ParametersParameterResource(v fhir.ParametersParameter) {
	log.Println(v.Resource) // want `reaches log sink`
	if guard.Allowed() {
		log.Println(v.Resource)
	}
}
