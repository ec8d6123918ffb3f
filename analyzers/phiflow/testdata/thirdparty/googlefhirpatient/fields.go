// Package googlefhirpatient has the cases of the fhir pack's table for
// github.com/google/fhir/go in the patient profile (the default).
package googlefhirpatient

import (
	"log"

	allergyintolerancepb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/allergy_intolerance_go_proto"
	claimpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/claim_go_proto"
	conditionpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/condition_go_proto"
	coveragepb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/coverage_go_proto"
	diagnosticreportpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/diagnostic_report_go_proto"
	documentreferencepb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/document_reference_go_proto"
	encounterpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/encounter_go_proto"
	explanationofbenefitpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/explanation_of_benefit_go_proto"
	immunizationpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/immunization_go_proto"
	medicationrequestpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/medication_request_go_proto"
	medicationstatementpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/medication_statement_go_proto"
	observationpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/observation_go_proto"
	patientpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/patient_go_proto"
	personpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/person_go_proto"
	procedurepb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/procedure_go_proto"
	relatedpersonpb "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/related_person_go_proto"
)

// PatientFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func PatientFields(p *patientpb.Patient) {
	log.Println(p.GetIdentifier())    // want "Patient.Identifier "
	log.Println(p.GetName())          // want "Patient.Name "
	log.Println(p.GetTelecom())       // want "Patient.Telecom "
	log.Println(p.GetAddress())       // want "Patient.Address "
	log.Println(p.GetPhoto())         // want "Patient.Photo "
	log.Println(p.GetContact())       // want "Patient.Contact "
	log.Println(p.GetText())          // want "Patient.Text "
	log.Println(p.GetBirthDate())     // want "Patient.BirthDate "
	log.Println(p.GetGender())        // want "Patient.Gender "
	log.Println(p.GetDeceased())      // want "Patient.Deceased "
	log.Println(p.GetMultipleBirth()) // want "Patient.MultipleBirth "
	log.Println(p.GetMaritalStatus()) // want "Patient.MaritalStatus "
	log.Println(p.GetIdentifier() != nil)
	log.Println(p.GetName() != nil)
	log.Println(p.GetTelecom() != nil)
	log.Println(p.GetAddress() != nil)
	log.Println(p.GetPhoto() != nil)
	log.Println(p.GetContact() != nil)
	log.Println(p.GetText() != nil)
	log.Println(p.GetBirthDate() != nil)
	log.Println(p.GetGender() != nil)
	log.Println(p.GetDeceased() != nil)
	log.Println(p.GetMultipleBirth() != nil)
	log.Println(p.GetMaritalStatus() != nil)
	log.Println(p.GetId().GetValue(), p.GetMeta())
	log.Println(p.GetLink())
	log.Println(p.GetGeneralPractitioner())
}

// RelatedPersonFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func RelatedPersonFields(r *relatedpersonpb.RelatedPerson) {
	log.Println(r.GetIdentifier())   // want "RelatedPerson.Identifier "
	log.Println(r.GetName())         // want "RelatedPerson.Name "
	log.Println(r.GetTelecom())      // want "RelatedPerson.Telecom "
	log.Println(r.GetAddress())      // want "RelatedPerson.Address "
	log.Println(r.GetPhoto())        // want "RelatedPerson.Photo "
	log.Println(r.GetText())         // want "RelatedPerson.Text "
	log.Println(r.GetBirthDate())    // want "RelatedPerson.BirthDate "
	log.Println(r.GetGender())       // want "RelatedPerson.Gender "
	log.Println(r.GetRelationship()) // want "RelatedPerson.Relationship "
	log.Println(r.GetIdentifier() != nil)
	log.Println(r.GetName() != nil)
	log.Println(r.GetTelecom() != nil)
	log.Println(r.GetAddress() != nil)
	log.Println(r.GetPhoto() != nil)
	log.Println(r.GetText() != nil)
	log.Println(r.GetBirthDate() != nil)
	log.Println(r.GetGender() != nil)
	log.Println(r.GetRelationship() != nil)
	log.Println(r.GetId().GetValue(), r.GetMeta())
	log.Println(r.GetPatient())
}

// PersonFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func PersonFields(p *personpb.Person) {
	log.Println(p.GetIdentifier()) // want "Person.Identifier "
	log.Println(p.GetName())       // want "Person.Name "
	log.Println(p.GetTelecom())    // want "Person.Telecom "
	log.Println(p.GetAddress())    // want "Person.Address "
	log.Println(p.GetPhoto())      // want "Person.Photo "
	log.Println(p.GetText())       // want "Person.Text "
	log.Println(p.GetBirthDate())  // want "Person.BirthDate "
	log.Println(p.GetGender())     // want "Person.Gender "
	log.Println(p.GetIdentifier() != nil)
	log.Println(p.GetName() != nil)
	log.Println(p.GetTelecom() != nil)
	log.Println(p.GetAddress() != nil)
	log.Println(p.GetPhoto() != nil)
	log.Println(p.GetText() != nil)
	log.Println(p.GetBirthDate() != nil)
	log.Println(p.GetGender() != nil)
	log.Println(p.GetId().GetValue(), p.GetMeta())
	log.Println(p.GetLink())
}

// ObservationFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func ObservationFields(o *observationpb.Observation) {
	log.Println(o.GetCode())           // want "Observation.Code "
	log.Println(o.GetValue())          // want "Observation.Value "
	log.Println(o.GetInterpretation()) // want "Observation.Interpretation "
	log.Println(o.GetBodySite())       // want "Observation.BodySite "
	log.Println(o.GetComponent())      // want "Observation.Component "
	log.Println(o.GetCode() != nil)
	log.Println(o.GetValue() != nil)
	log.Println(o.GetInterpretation() != nil)
	log.Println(o.GetBodySite() != nil)
	log.Println(o.GetComponent() != nil)
	log.Println(o.GetId().GetValue(), o.GetMeta())
	log.Println(o.GetSubject())
	log.Println(o.GetNote())
	log.Println(o.GetText())
}

// ConditionFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func ConditionFields(c *conditionpb.Condition) {
	log.Println(c.GetCode())     // want "Condition.Code "
	log.Println(c.GetBodySite()) // want "Condition.BodySite "
	log.Println(c.GetSeverity()) // want "Condition.Severity "
	log.Println(c.GetStage())    // want "Condition.Stage "
	log.Println(c.GetEvidence()) // want "Condition.Evidence "
	log.Println(c.GetCode() != nil)
	log.Println(c.GetBodySite() != nil)
	log.Println(c.GetSeverity() != nil)
	log.Println(c.GetStage() != nil)
	log.Println(c.GetEvidence() != nil)
	log.Println(c.GetId().GetValue(), c.GetMeta())
	log.Println(c.GetSubject())
	log.Println(c.GetNote())
	log.Println(c.GetText())
}

// MedicationRequestFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func MedicationRequestFields(m *medicationrequestpb.MedicationRequest) {
	log.Println(m.GetMedication())        // want "MedicationRequest.Medication "
	log.Println(m.GetDosageInstruction()) // want "MedicationRequest.DosageInstruction "
	log.Println(m.GetReasonCode())        // want "MedicationRequest.ReasonCode "
	log.Println(m.GetMedication() != nil)
	log.Println(m.GetDosageInstruction() != nil)
	log.Println(m.GetReasonCode() != nil)
	log.Println(m.GetId().GetValue(), m.GetMeta())
	log.Println(m.GetSubject())
	log.Println(m.GetNote())
	log.Println(m.GetText())
}

// MedicationStatementFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func MedicationStatementFields(m *medicationstatementpb.MedicationStatement) {
	log.Println(m.GetMedication()) // want "MedicationStatement.Medication "
	log.Println(m.GetDosage())     // want "MedicationStatement.Dosage "
	log.Println(m.GetReasonCode()) // want "MedicationStatement.ReasonCode "
	log.Println(m.GetMedication() != nil)
	log.Println(m.GetDosage() != nil)
	log.Println(m.GetReasonCode() != nil)
	log.Println(m.GetId().GetValue(), m.GetMeta())
	log.Println(m.GetSubject())
	log.Println(m.GetNote())
	log.Println(m.GetText())
}

// AllergyIntoleranceFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func AllergyIntoleranceFields(a *allergyintolerancepb.AllergyIntolerance) {
	log.Println(a.GetCode())     // want "AllergyIntolerance.Code "
	log.Println(a.GetReaction()) // want "AllergyIntolerance.Reaction "
	log.Println(a.GetCode() != nil)
	log.Println(a.GetReaction() != nil)
	log.Println(a.GetId().GetValue(), a.GetMeta())
	log.Println(a.GetPatient())
	log.Println(a.GetNote())
	log.Println(a.GetText())
}

// ProcedureFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func ProcedureFields(p *procedurepb.Procedure) {
	log.Println(p.GetCode())         // want "Procedure.Code "
	log.Println(p.GetReasonCode())   // want "Procedure.ReasonCode "
	log.Println(p.GetBodySite())     // want "Procedure.BodySite "
	log.Println(p.GetOutcome())      // want "Procedure.Outcome "
	log.Println(p.GetComplication()) // want "Procedure.Complication "
	log.Println(p.GetCode() != nil)
	log.Println(p.GetReasonCode() != nil)
	log.Println(p.GetBodySite() != nil)
	log.Println(p.GetOutcome() != nil)
	log.Println(p.GetComplication() != nil)
	log.Println(p.GetId().GetValue(), p.GetMeta())
	log.Println(p.GetSubject())
	log.Println(p.GetNote())
	log.Println(p.GetText())
}

// DiagnosticReportFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func DiagnosticReportFields(d *diagnosticreportpb.DiagnosticReport) {
	log.Println(d.GetCode())           // want "DiagnosticReport.Code "
	log.Println(d.GetConclusion())     // want "DiagnosticReport.Conclusion "
	log.Println(d.GetConclusionCode()) // want "DiagnosticReport.ConclusionCode "
	log.Println(d.GetPresentedForm())  // want "DiagnosticReport.PresentedForm "
	log.Println(d.GetCode() != nil)
	log.Println(d.GetConclusion() != nil)
	log.Println(d.GetConclusionCode() != nil)
	log.Println(d.GetPresentedForm() != nil)
	log.Println(d.GetId().GetValue(), d.GetMeta())
	log.Println(d.GetSubject())
	log.Println(d.GetText())
}

// EncounterFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func EncounterFields(e *encounterpb.Encounter) {
	log.Println(e.GetReasonCode()) // want "Encounter.ReasonCode "
	log.Println(e.GetDiagnosis())  // want "Encounter.Diagnosis "
	log.Println(e.GetReasonCode() != nil)
	log.Println(e.GetDiagnosis() != nil)
	log.Println(e.GetId().GetValue(), e.GetMeta())
	log.Println(e.GetSubject())
	log.Println(e.GetText())
}

// ImmunizationFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func ImmunizationFields(i *immunizationpb.Immunization) {
	log.Println(i.GetVaccineCode()) // want "Immunization.VaccineCode "
	log.Println(i.GetReasonCode())  // want "Immunization.ReasonCode "
	log.Println(i.GetVaccineCode() != nil)
	log.Println(i.GetReasonCode() != nil)
	log.Println(i.GetId().GetValue(), i.GetMeta())
	log.Println(i.GetPatient())
	log.Println(i.GetNote())
	log.Println(i.GetText())
}

// DocumentReferenceFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func DocumentReferenceFields(d *documentreferencepb.DocumentReference) {
	log.Println(d.GetContent()) // want "DocumentReference.Content "
	log.Println(d.GetContent() != nil)
	log.Println(d.GetId().GetValue(), d.GetMeta())
	log.Println(d.GetSubject())
	log.Println(d.GetDescription())
	log.Println(d.GetText())
}

// ClaimFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func ClaimFields(c *claimpb.Claim) {
	log.Println(c.GetDiagnosis()) // want "Claim.Diagnosis "
	log.Println(c.GetProcedure()) // want "Claim.Procedure "
	log.Println(c.GetItem())      // want "Claim.Item "
	log.Println(c.GetDiagnosis() != nil)
	log.Println(c.GetProcedure() != nil)
	log.Println(c.GetItem() != nil)
	log.Println(c.GetId().GetValue(), c.GetMeta())
	log.Println(c.GetPatient())
}

// ExplanationOfBenefitFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func ExplanationOfBenefitFields(e *explanationofbenefitpb.ExplanationOfBenefit) {
	log.Println(e.GetDiagnosis()) // want "ExplanationOfBenefit.Diagnosis "
	log.Println(e.GetProcedure()) // want "ExplanationOfBenefit.Procedure "
	log.Println(e.GetItem())      // want "ExplanationOfBenefit.Item "
	log.Println(e.GetDiagnosis() != nil)
	log.Println(e.GetProcedure() != nil)
	log.Println(e.GetItem() != nil)
	log.Println(e.GetId().GetValue(), e.GetMeta())
	log.Println(e.GetPatient())
}

// CoverageFields: what the patient profile marks is identifiable; a
// comparison, the logical id, Meta and what only strict marks are not.
func CoverageFields(c *coveragepb.Coverage) {
	log.Println(c.GetSubscriberId()) // want "Coverage.SubscriberId "
	log.Println(c.GetSubscriberId() != nil)
	log.Println(c.GetId().GetValue(), c.GetMeta())
	log.Println(c.GetSubscriber())
	log.Println(c.GetBeneficiary())
}
