// Package googlefhirstrict has the cases of the fhir pack's table for
// github.com/google/fhir/go in the strict profile: references to the
// patient and free text.
package googlefhirstrict

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

// PatientFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func PatientFields(p *patientpb.Patient) {
	log.Println(p.GetLink())                // want "Patient.Link "
	log.Println(p.GetGeneralPractitioner()) // want "Patient.GeneralPractitioner "
	log.Println(p.GetLink() != nil)
	log.Println(p.GetGeneralPractitioner() != nil)
	log.Println(p.GetId().GetValue(), p.GetMeta())
}

// RelatedPersonFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func RelatedPersonFields(r *relatedpersonpb.RelatedPerson) {
	log.Println(r.GetPatient()) // want "RelatedPerson.Patient "
	log.Println(r.GetPatient() != nil)
	log.Println(r.GetId().GetValue(), r.GetMeta())
}

// PersonFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func PersonFields(p *personpb.Person) {
	log.Println(p.GetLink()) // want "Person.Link "
	log.Println(p.GetLink() != nil)
	log.Println(p.GetId().GetValue(), p.GetMeta())
}

// ObservationFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func ObservationFields(o *observationpb.Observation) {
	log.Println(o.GetSubject()) // want "Observation.Subject "
	log.Println(o.GetNote())    // want "Observation.Note "
	log.Println(o.GetText())    // want "Observation.Text "
	log.Println(o.GetSubject() != nil)
	log.Println(o.GetNote() != nil)
	log.Println(o.GetText() != nil)
	log.Println(o.GetId().GetValue(), o.GetMeta())
}

// ConditionFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func ConditionFields(c *conditionpb.Condition) {
	log.Println(c.GetSubject()) // want "Condition.Subject "
	log.Println(c.GetNote())    // want "Condition.Note "
	log.Println(c.GetText())    // want "Condition.Text "
	log.Println(c.GetSubject() != nil)
	log.Println(c.GetNote() != nil)
	log.Println(c.GetText() != nil)
	log.Println(c.GetId().GetValue(), c.GetMeta())
}

// MedicationRequestFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func MedicationRequestFields(m *medicationrequestpb.MedicationRequest) {
	log.Println(m.GetSubject()) // want "MedicationRequest.Subject "
	log.Println(m.GetNote())    // want "MedicationRequest.Note "
	log.Println(m.GetText())    // want "MedicationRequest.Text "
	log.Println(m.GetSubject() != nil)
	log.Println(m.GetNote() != nil)
	log.Println(m.GetText() != nil)
	log.Println(m.GetId().GetValue(), m.GetMeta())
}

// MedicationStatementFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func MedicationStatementFields(m *medicationstatementpb.MedicationStatement) {
	log.Println(m.GetSubject()) // want "MedicationStatement.Subject "
	log.Println(m.GetNote())    // want "MedicationStatement.Note "
	log.Println(m.GetText())    // want "MedicationStatement.Text "
	log.Println(m.GetSubject() != nil)
	log.Println(m.GetNote() != nil)
	log.Println(m.GetText() != nil)
	log.Println(m.GetId().GetValue(), m.GetMeta())
}

// AllergyIntoleranceFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func AllergyIntoleranceFields(a *allergyintolerancepb.AllergyIntolerance) {
	log.Println(a.GetPatient()) // want "AllergyIntolerance.Patient "
	log.Println(a.GetNote())    // want "AllergyIntolerance.Note "
	log.Println(a.GetText())    // want "AllergyIntolerance.Text "
	log.Println(a.GetPatient() != nil)
	log.Println(a.GetNote() != nil)
	log.Println(a.GetText() != nil)
	log.Println(a.GetId().GetValue(), a.GetMeta())
}

// ProcedureFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func ProcedureFields(p *procedurepb.Procedure) {
	log.Println(p.GetSubject()) // want "Procedure.Subject "
	log.Println(p.GetNote())    // want "Procedure.Note "
	log.Println(p.GetText())    // want "Procedure.Text "
	log.Println(p.GetSubject() != nil)
	log.Println(p.GetNote() != nil)
	log.Println(p.GetText() != nil)
	log.Println(p.GetId().GetValue(), p.GetMeta())
}

// DiagnosticReportFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func DiagnosticReportFields(d *diagnosticreportpb.DiagnosticReport) {
	log.Println(d.GetSubject()) // want "DiagnosticReport.Subject "
	log.Println(d.GetText())    // want "DiagnosticReport.Text "
	log.Println(d.GetSubject() != nil)
	log.Println(d.GetText() != nil)
	log.Println(d.GetId().GetValue(), d.GetMeta())
}

// EncounterFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func EncounterFields(e *encounterpb.Encounter) {
	log.Println(e.GetSubject()) // want "Encounter.Subject "
	log.Println(e.GetText())    // want "Encounter.Text "
	log.Println(e.GetSubject() != nil)
	log.Println(e.GetText() != nil)
	log.Println(e.GetId().GetValue(), e.GetMeta())
}

// ImmunizationFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func ImmunizationFields(i *immunizationpb.Immunization) {
	log.Println(i.GetPatient()) // want "Immunization.Patient "
	log.Println(i.GetNote())    // want "Immunization.Note "
	log.Println(i.GetText())    // want "Immunization.Text "
	log.Println(i.GetPatient() != nil)
	log.Println(i.GetNote() != nil)
	log.Println(i.GetText() != nil)
	log.Println(i.GetId().GetValue(), i.GetMeta())
}

// DocumentReferenceFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func DocumentReferenceFields(d *documentreferencepb.DocumentReference) {
	log.Println(d.GetSubject())     // want "DocumentReference.Subject "
	log.Println(d.GetDescription()) // want "DocumentReference.Description "
	log.Println(d.GetText())        // want "DocumentReference.Text "
	log.Println(d.GetSubject() != nil)
	log.Println(d.GetDescription() != nil)
	log.Println(d.GetText() != nil)
	log.Println(d.GetId().GetValue(), d.GetMeta())
}

// ClaimFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func ClaimFields(c *claimpb.Claim) {
	log.Println(c.GetPatient()) // want "Claim.Patient "
	log.Println(c.GetPatient() != nil)
	log.Println(c.GetId().GetValue(), c.GetMeta())
}

// ExplanationOfBenefitFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func ExplanationOfBenefitFields(e *explanationofbenefitpb.ExplanationOfBenefit) {
	log.Println(e.GetPatient()) // want "ExplanationOfBenefit.Patient "
	log.Println(e.GetPatient() != nil)
	log.Println(e.GetId().GetValue(), e.GetMeta())
}

// CoverageFields: what strict adds is identifiable; a comparison,
// the logical id and Meta are not.
func CoverageFields(c *coveragepb.Coverage) {
	log.Println(c.GetSubscriber())  // want "Coverage.Subscriber "
	log.Println(c.GetBeneficiary()) // want "Coverage.Beneficiary "
	log.Println(c.GetSubscriber() != nil)
	log.Println(c.GetBeneficiary() != nil)
	log.Println(c.GetId().GetValue(), c.GetMeta())
}
