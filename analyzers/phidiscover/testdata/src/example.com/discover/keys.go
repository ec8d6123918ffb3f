package discover

// Reference is a link to another record, by its logical id.
type Reference struct {
	Reference string
	Display   string
}

// Concept is a coded value.
type Concept struct {
	System, Code string
}

// Dispense is not named for a person: keys, links, statuses, counts and
// flags of clinical data are not the data.
type Dispense struct {
	PatientID               string
	PatientIDs              []uint
	PatientRef              string
	PatientNumber           string // want `Dispense.PatientNumber looks identifiable \(medical record number\)`
	PatientNHSNumber        string // want `Dispense.PatientNHSNumber looks identifiable \(NHS number\)`
	SubscriberID            string // want `Dispense.SubscriberID looks identifiable \(insurance or member id\)`
	Prescription            *Reference
	AllergyIntolerance      []Reference
	PolicyHolder            *Reference
	MedicationConcept       *Concept // want `Dispense.MedicationConcept looks identifiable \(medication\)`
	MedicationReference     string
	DiagnosisLinkID         []uint32
	AllergyStatus           string
	ClinicalStatus          *Concept
	ClinicalSummary         string // want `Dispense.ClinicalSummary looks identifiable \(clinical notes\)`
	PrescriptionCount       int
	HasPrescriptionWithDrug bool
	PrescriptionDispensed   bool
	Diagnosis               string // want `Dispense.Diagnosis looks identifiable \(diagnosis\)`
}

// PatientRecord is named for a person: its links and flags are the
// patient's data.
type PatientRecord struct {
	GeneralPractitioner []Reference // want `PatientRecord.GeneralPractitioner looks identifiable \(GP or GP practice\)`
	Pregnant            bool        // want `PatientRecord.Pregnant looks identifiable \(clinical notes\)`
	Medication          *Reference  // want `PatientRecord.Medication looks identifiable \(medication\)`
}

// EncounterDiagnosis is named for a health record: a bare Condition or
// Note is the patient's, but a link is still a key.
type EncounterDiagnosis struct {
	Condition *Reference
	Note      string // want `EncounterDiagnosis.Note looks identifiable \(clinical notes\)`
}

// PatientVisitMeta is about a visit, not the patient's data: its flags
// are workflow.
type PatientVisitMeta struct {
	AllPrescriptionDrugsPacked bool
	Name                       string
}

// PatientProblemSymptom is one clinical item of a patient's record, not
// the patient: its keys are links, its clinical fields the data.
type PatientProblemSymptom struct {
	ID          int32
	ProblemID   int32
	SymptomID   int32
	SymptomNote string // want `PatientProblemSymptom.SymptomNote looks identifiable \(clinical notes\)`
	Diagnosis   string // want `PatientProblemSymptom.Diagnosis looks identifiable \(diagnosis\)`
}
