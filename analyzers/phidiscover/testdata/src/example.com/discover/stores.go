package discover

// ArchiveSettings names where records are kept: a text field named for
// the data and then a table, bucket, collection, queue, topic or stream
// (and perhaps that store's name or ARN), or a directory or folder,
// names a store, not the data.
type ArchiveSettings struct {
	Region                  string
	TreatmentPlanTable      string
	PrescriptionTableName   *string
	MedicalHistoryBucket    string
	AllergyBucketName       string
	DiagnosisCollection     string
	ClinicalNotesQueue      string
	MedicationTopicARN      string
	SymptomStream           string
	MedicationsDir          string
	ClinicalNotesFolder     string
	Diagnosis               string   // want `ArchiveSettings.Diagnosis looks identifiable \(diagnosis\)`
	DiagnosisCode           string   // want `ArchiveSettings.DiagnosisCode looks identifiable \(diagnosis\)`
	MedicalHistory          string   // want `ArchiveSettings.MedicalHistory looks identifiable \(clinical notes\)`
	DiagnosisTableHeader    string   // want `ArchiveSettings.DiagnosisTableHeader looks identifiable \(diagnosis\)`
	PrescriptionTable       []string // want `ArchiveSettings.PrescriptionTable looks identifiable \(medication\)`
	MedicationQueueContents string   // want `ArchiveSettings.MedicationQueueContents looks identifiable \(medication\)`
}

// PatientArchive is named for a person: a text field named for the data
// there is the patient's, whatever word ends it.
type PatientArchive struct {
	MedicalHistoryBucket string // want `PatientArchive.MedicalHistoryBucket looks identifiable \(clinical notes\)`
}
