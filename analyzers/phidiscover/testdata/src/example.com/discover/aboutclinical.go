package discover

import "time"

// PatientTherapySummary is named for a person, but what it counts of
// their care in a state (a total, the active ones) is a count, not the
// care. A bare plural number there is still the patient's.
type PatientTherapySummary struct {
	PatientID            string
	TotalPrescriptions   int
	ActivePrescriptions  int
	CompletedDiagnoses   uint
	ActiveTreatmentPlans int
	Allergies            int      // want `PatientTherapySummary.Allergies looks identifiable \(allergy\)`
	Prescriptions        []string // want `PatientTherapySummary.Prescriptions looks identifiable \(medication\)`
	TotalPrescribed      string   // want `PatientTherapySummary.TotalPrescribed looks identifiable \(medication\)`
}

// TherapyPrescription is named for a health record: who prescribed or
// diagnosed is staff, not the medicine or the diagnosis; when is a date
// of the patient's care.
type TherapyPrescription struct {
	ID               string
	PrescribedBy     string
	DiagnosedBy      string
	PrescriptionDate string    // want `TherapyPrescription.PrescriptionDate looks identifiable \(medication\)`
	DiagnosisTime    time.Time // want `TherapyPrescription.DiagnosisTime looks identifiable \(diagnosis\)`
	Medication       string    // want `TherapyPrescription.Medication looks identifiable \(medication\)`
	Notes            string    // want `TherapyPrescription.Notes looks identifiable \(clinical notes\)`
}
