package packs

import (
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/vocab"
)

// github.com/google/fhir/go: Google's FHIR R4 protocol buffers. Every
// resource is a generated message in a package of its own
// (resources/patient_go_proto), every value a datatype wrapper message
// (datatypes_go_proto.String{Value}, Date{ValueUs} as an integer), and
// every choice[x] a oneof wrapper (Patient_DeceasedX{Choice}). A mark is
// on the resource's field, whatever wraps the value: what is read through
// the field (by its generated getter, GetName(), which is analysed from
// source, or through its wrappers and oneofs) is derived from it.
//
// Logical ids (Id), Meta and references are surrogate keys in the patient
// profile; strict adds the references to the patient (their display
// names included) and free text (notes, narratives of clinical resources).

// googleFHIRResources is the path of the R4 resource packages.
const googleFHIRResources = "github.com/google/fhir/go/proto/google/fhir/proto/r4/core/resources/"

// googleFHIR marks fields of one resource message: pkg is the package
// under googleFHIRResources ("patient_go_proto"), typ the message.
func googleFHIR(profile Profile, class vocab.Class, pkg, typ, why string, fields ...string) []Mark {
	out := make([]Mark, len(fields))
	for i, f := range fields {
		out[i] = Mark{
			Profile: profile,
			Source:  config.Source{Field: googleFHIRResources + pkg + "." + typ + "." + f, Class: class},
			Why:     why,
		}
	}
	return out
}

// Why texts shared by the marks below.
const (
	whyIdentity   = "identity and contact details (HIPAA Safe Harbor: names, addresses, telecom, identifiers, photographs)"
	whyDemography = "quasi-identifier (HIPAA Safe Harbor: dates related to an individual; sex)"
	whyReference  = "a reference to the patient links a record to them (strict)"
)

var googleFHIRTable = &Table{
	Pack:    "fhir",
	Library: "github.com/google/fhir/go",
	Version: "v0.7.4",
	Marks: concatMarks(
		// The patient, and the people linked to them: next of kin
		// (Patient.Contact, RelatedPerson) and the Person record.
		googleFHIR(ProfilePatient, vocab.ClassDirect, "patient_go_proto", "Patient", whyIdentity,
			"Identifier", "Name", "Telecom", "Address", "Photo", "Contact"),
		googleFHIR(ProfilePatient, vocab.ClassDirect, "patient_go_proto", "Patient", whyNarrative, "Text"),
		googleFHIR(ProfilePatient, vocab.ClassIndirect, "patient_go_proto", "Patient", whyDemography,
			"BirthDate", "Gender", "Deceased", "MultipleBirth", "MaritalStatus"),
		googleFHIR(ProfilePatient, vocab.ClassDirect, "related_person_go_proto", "RelatedPerson", whyIdentity,
			"Identifier", "Name", "Telecom", "Address", "Photo"),
		googleFHIR(ProfilePatient, vocab.ClassDirect, "related_person_go_proto", "RelatedPerson", whyNarrative, "Text"),
		googleFHIR(ProfilePatient, vocab.ClassIndirect, "related_person_go_proto", "RelatedPerson", whyDemography,
			"BirthDate", "Gender", "Relationship"),
		googleFHIR(ProfilePatient, vocab.ClassDirect, "person_go_proto", "Person", whyIdentity,
			"Identifier", "Name", "Telecom", "Address", "Photo"),
		googleFHIR(ProfilePatient, vocab.ClassDirect, "person_go_proto", "Person", whyNarrative, "Text"),
		googleFHIR(ProfilePatient, vocab.ClassIndirect, "person_go_proto", "Person", whyDemography,
			"BirthDate", "Gender"),

		// Clinical content.
		googleFHIR(ProfilePatient, vocab.ClassClinical, "observation_go_proto", "Observation", whyClinical,
			"Code", "Value", "Interpretation", "BodySite", "Component"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "condition_go_proto", "Condition", whyClinical,
			"Code", "BodySite", "Severity", "Stage", "Evidence"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "medication_request_go_proto", "MedicationRequest", whyClinical,
			"Medication", "DosageInstruction", "ReasonCode"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "medication_statement_go_proto", "MedicationStatement", whyClinical,
			"Medication", "Dosage", "ReasonCode"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "allergy_intolerance_go_proto", "AllergyIntolerance", whyClinical,
			"Code", "Reaction"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "procedure_go_proto", "Procedure", whyClinical,
			"Code", "ReasonCode", "BodySite", "Outcome", "Complication"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "diagnostic_report_go_proto", "DiagnosticReport", whyClinical,
			"Code", "Conclusion", "ConclusionCode", "PresentedForm"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "encounter_go_proto", "Encounter", whyClinical,
			"ReasonCode", "Diagnosis"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "immunization_go_proto", "Immunization", whyClinical,
			"VaccineCode", "ReasonCode"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "document_reference_go_proto", "DocumentReference", whyClinical,
			"Content"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "claim_go_proto", "Claim", whyClinical,
			"Diagnosis", "Procedure", "Item"),
		googleFHIR(ProfilePatient, vocab.ClassClinical, "explanation_of_benefit_go_proto", "ExplanationOfBenefit", whyClinical,
			"Diagnosis", "Procedure", "Item"),
		googleFHIR(ProfilePatient, vocab.ClassDirect, "coverage_go_proto", "Coverage",
			"the subscriber's insurance number (HIPAA Safe Harbor: health plan beneficiary numbers)", "SubscriberId"),

		// strict: references to the patient.
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "patient_go_proto", "Patient", whyReference, "Link", "GeneralPractitioner"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "related_person_go_proto", "RelatedPerson", whyReference, "Patient"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "person_go_proto", "Person", whyReference, "Link"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "observation_go_proto", "Observation", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "condition_go_proto", "Condition", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "medication_request_go_proto", "MedicationRequest", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "medication_statement_go_proto", "MedicationStatement", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "allergy_intolerance_go_proto", "AllergyIntolerance", whyReference, "Patient"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "procedure_go_proto", "Procedure", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "diagnostic_report_go_proto", "DiagnosticReport", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "encounter_go_proto", "Encounter", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "immunization_go_proto", "Immunization", whyReference, "Patient"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "document_reference_go_proto", "DocumentReference", whyReference, "Subject"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "claim_go_proto", "Claim", whyReference, "Patient"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "explanation_of_benefit_go_proto", "ExplanationOfBenefit", whyReference, "Patient"),
		googleFHIR(ProfileStrict, vocab.ClassIndirect, "coverage_go_proto", "Coverage", whyReference, "Subscriber", "Beneficiary"),

		// strict: free text. A reference's display text is marked with
		// the reference (above): marking Reference.Display itself would
		// make every Reference a record, whose other fields a marked
		// reference would then no longer hold.
		googleFHIR(ProfileStrict, vocab.ClassClinical, "observation_go_proto", "Observation", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "condition_go_proto", "Condition", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "medication_request_go_proto", "MedicationRequest", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "medication_statement_go_proto", "MedicationStatement", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "allergy_intolerance_go_proto", "AllergyIntolerance", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "procedure_go_proto", "Procedure", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "diagnostic_report_go_proto", "DiagnosticReport", whyFreeText, "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "encounter_go_proto", "Encounter", whyFreeText, "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "immunization_go_proto", "Immunization", whyFreeText, "Note", "Text"),
		googleFHIR(ProfileStrict, vocab.ClassClinical, "document_reference_go_proto", "DocumentReference", whyFreeText, "Description", "Text"),
	),
}

// concatMarks joins lists of marks.
func concatMarks(parts ...[]Mark) []Mark {
	var out []Mark
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
