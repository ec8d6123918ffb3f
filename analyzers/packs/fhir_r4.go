package packs

import (
	"slices"
	"strings"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

// The golang-fhir-models family (samply's generator and its forks) generates
// one Go struct per FHIR R4 resource and data type, with the element names
// of the specification as field names, so the marks of every library of the
// family come from the one list below. fhirR4 instantiates it for one
// library path; a fork that differs in shape says so in its fhirShape, and
// the tests against each pinned module catch a difference nobody declared.

// fhirShape is what a library of the family adds to the shared shape.
type fhirShape struct {
	// contained is set when resources have a Contained field (raw JSON of
	// the contained resources); samply's generator leaves it out.
	contained bool
}

// fhirMarks is one group of marks: the same class, profile and reason for
// several fields, written Type.Field (a '*' matches within the name).
type fhirMarks struct {
	profile Profile
	class   vocab.Class
	fields  string // space-separated
	why     string
}

// Reasons, shared by the groups that follow the same standard.
const (
	whyName      = "HIPAA Safe Harbor (A) names; a person's name identifies on its own"
	whyContact   = "HIPAA Safe Harbor (B) geographic subdivisions smaller than a state, (D) telephone, (E) fax, (F) email, (N) URLs; NHS: address and contact details are identifying"
	whyIDs       = "HIPAA Safe Harbor (H) medical record numbers, (I) health plan beneficiary numbers, (R) other unique identifying numbers; NHS: NHS number, CHI and H&C numbers"
	whyPhoto     = "HIPAA Safe Harbor (Q) full-face photographs and comparable images"
	whyNarrative = "the narrative is a human-readable rendering of the resource: it repeats the name, identifiers and address"
	whyDates     = "HIPAA Safe Harbor (C) all elements of dates (except year) directly related to an individual"
	whyDemog     = "identifies in combination (NHS: demographics); not a Safe Harbor identifier alone"
	whyKin       = "HIPAA Safe Harbor identifiers cover relatives and household members of the individual too"
	whyClinical  = "health information about the patient: confidential (GMC/HCPC confidentiality, Caldicott principles; HIPAA protected health information)"
	whyRaw       = "raw JSON of a whole resource, which may be a Patient: identifying as a record"
	whyPlan      = "HIPAA Safe Harbor (I) health plan beneficiary numbers"
	whyRefs      = "strict: a reference or logical id names a patient's record; in patient it is a surrogate key"
	whyDisplay   = "strict: a reference's display is most often the person's name"
	whyFreeText  = "strict: free text may say anything about the patient"
	whyAnyID     = "strict: identifiers of every kind (practitioners', organisations', encounters')"
	whyGP        = "strict: the registered GP practice and managing organisation identify in combination (NHS)"
)

var fhirR4Marks = []fhirMarks{
	// Identity and contact of Patient, RelatedPerson and Person.
	{ProfilePatient, vocab.ClassDirect, "Patient.Name RelatedPerson.Name Person.Name PatientContact.Name", whyName},
	{ProfilePatient, vocab.ClassDirect, "Patient.Identifier RelatedPerson.Identifier Person.Identifier", whyIDs},
	{ProfilePatient, vocab.ClassDirect, "Patient.Telecom Patient.Address RelatedPerson.Telecom RelatedPerson.Address Person.Telecom Person.Address", whyContact},
	{ProfilePatient, vocab.ClassDirect, "Patient.Photo RelatedPerson.Photo Person.Photo", whyPhoto},
	{ProfilePatient, vocab.ClassDirect, "Patient.Text RelatedPerson.Text Person.Text", whyNarrative},
	{ProfilePatient, vocab.ClassDirect, "Patient.Contact PatientContact.Telecom PatientContact.Address", whyKin},
	{ProfilePatient, vocab.ClassIndirect, "Patient.BirthDate Patient.DeceasedDateTime RelatedPerson.BirthDate Person.BirthDate", whyDates},
	{ProfilePatient, vocab.ClassIndirect, "Patient.Gender Patient.MaritalStatus Patient.MultipleBirth* Patient.Communication RelatedPerson.Gender RelatedPerson.Relationship Person.Gender PatientContact.Gender", whyDemog},
	{ProfilePatient, vocab.ClassClinical, "Patient.DeceasedBoolean", whyClinical},

	// Clinical content.
	{ProfilePatient, vocab.ClassClinical, "Observation.Code Observation.Value* Observation.Interpretation Observation.Component Observation.Note Observation.BodySite", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Condition.Code Condition.BodySite Condition.Severity Condition.Stage Condition.Evidence Condition.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "MedicationRequest.MedicationCodeableConcept MedicationRequest.DosageInstruction MedicationRequest.ReasonCode MedicationRequest.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "MedicationStatement.MedicationCodeableConcept MedicationStatement.Dosage MedicationStatement.ReasonCode MedicationStatement.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "AllergyIntolerance.Code AllergyIntolerance.Reaction AllergyIntolerance.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Procedure.Code Procedure.BodySite Procedure.ReasonCode Procedure.Outcome Procedure.Complication Procedure.FollowUp Procedure.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "DiagnosticReport.Code DiagnosticReport.Conclusion DiagnosticReport.ConclusionCode DiagnosticReport.PresentedForm", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Encounter.ReasonCode Encounter.Diagnosis", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Appointment.ReasonCode Appointment.Description Appointment.Comment Appointment.PatientInstruction", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "ServiceRequest.Code ServiceRequest.ReasonCode ServiceRequest.BodySite ServiceRequest.Note ServiceRequest.PatientInstruction", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Communication.Payload Communication.ReasonCode Communication.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Immunization.VaccineCode Immunization.ReasonCode Immunization.Reaction Immunization.Note", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "DocumentReference.Content DocumentReferenceContent.Attachment", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "QuestionnaireResponse.Item QuestionnaireResponseItem.Answer", whyClinical},
	{ProfilePatient, vocab.ClassClinical, "Claim.Diagnosis Claim.Procedure Claim.Item ExplanationOfBenefit.Diagnosis ExplanationOfBenefit.Procedure ExplanationOfBenefit.Item ExplanationOfBenefit.AddItem", whyClinical},
	{ProfilePatient, vocab.ClassDirect, "Coverage.SubscriberId", whyPlan},

	// strict: references, display names, free text, identifiers of every
	// kind, and the dates of care.
	{ProfileStrict, vocab.ClassIndirect, "Reference.Reference", whyRefs},
	{ProfileStrict, vocab.ClassDirect, "Reference.Identifier Identifier.Value", whyAnyID},
	{ProfileStrict, vocab.ClassDirect, "Reference.Display", whyDisplay},
	{ProfileStrict, vocab.ClassIndirect, "Patient.GeneralPractitioner Patient.ManagingOrganization Patient.Link", whyGP},
	{ProfileStrict, vocab.ClassDirect, "Narrative.Div", whyNarrative},
	{ProfileStrict, vocab.ClassClinical, "Annotation.Text Attachment.Data DocumentReference.Description", whyFreeText},
	{ProfileStrict, vocab.ClassDirect, "Coverage.Identifier", whyPlan},
	{ProfileStrict, vocab.ClassIndirect, "Coverage.Dependent Coverage.Relationship", whyDemog},
	{ProfileStrict, vocab.ClassIndirect, "Observation.Effective* Condition.Onset* Condition.Abatement* Condition.RecordedDate Procedure.Performed* Encounter.Period Immunization.Occurrence* MedicationRequest.AuthoredOn DiagnosticReport.Effective*", whyDates},
	{ProfileStrict, vocab.ClassClinical, "Encounter.Hospitalization", whyClinical},
	// Whole resources as raw JSON. Not in patient: what is decoded from
	// raw JSON carries all of it, so a Task or CarePlan read from a bundle
	// would make its logical id and references identifiable, which
	// patient says they are not; the typed resources' own marks apply once
	// the JSON is decoded.
	{ProfileStrict, vocab.ClassDirect, "BundleEntry.Resource ParametersParameter.Resource", whyRaw},
}

// fhirR4Contained marks the contained resources (raw JSON) in the
// libraries that have them; strict only, as the other raw resources.
var fhirR4Contained = []fhirMarks{
	{ProfileStrict, vocab.ClassDirect, "*.Contained", whyRaw},
}

// fhirR4Resources are the resources among the marked types. The family's
// generator gives each resource a MarshalJSON that re-types it as
// "type OtherT T" before encoding it, and a field of OtherT is another
// field to the type checker: each mark of a resource's field marks the
// same field of OtherT too, or every encoded resource would be clean.
var fhirR4Resources = strings.Fields(`Patient RelatedPerson Person Observation Condition
	MedicationRequest MedicationStatement AllergyIntolerance Procedure DiagnosticReport
	Encounter Immunization DocumentReference QuestionnaireResponse Claim ExplanationOfBenefit
	Coverage`)

// whyEncoded is added to the reason of a mark of OtherT.
const whyEncoded = " (the copy the resource's MarshalJSON encodes)"

// fhirR4 is the FHIR pack's table for one library of the family: pkg is the
// models' package path, version the one the tests pin.
func fhirR4(pkg, version string, shape fhirShape) *Table {
	t := &Table{Pack: "fhir", Library: pkg, Version: version}
	groups := fhirR4Marks
	if shape.contained {
		groups = append(groups[:len(groups):len(groups)], fhirR4Contained...)
	}
	add := func(g fhirMarks, name, why string) {
		t.Marks = append(t.Marks, Mark{
			Profile: g.profile,
			Source:  config.Source{Field: pkg + "." + name, Class: g.class},
			Why:     why,
		})
	}
	for _, g := range groups {
		for _, f := range strings.Fields(g.fields) {
			add(g, f, g.why)
		}
	}
	for _, g := range groups {
		for _, f := range strings.Fields(g.fields) {
			if typ, _, _ := strings.Cut(f, "."); slices.Contains(fhirR4Resources, typ) {
				add(g, "Other"+f, g.why+whyEncoded)
			}
		}
	}
	return t
}
