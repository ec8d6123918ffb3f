package discover

import "example.com/handles"

// prescriptionLookup is behaviour: an interface with methods.
type prescriptionLookup interface {
	Get(id string) (string, error)
}

// prescriptionResolver has no methods, but it holds only a part of the
// program and a channel: no value a patient's data could be kept in.
type prescriptionResolver struct {
	lookup prescriptionLookup
	done   chan struct{}
}

// Wiring holds the program's parts and a library's handles: their
// names say what they work on, their types that none holds the data.
type Wiring struct {
	PrescriptionResolver *prescriptionResolver
	PrescriptionsDB      *handles.DB
	PrescriptionsByDrug  map[string]*handles.Collection
	DiagnosisLogger      *handles.Logger
	OnDiagnosis          chan string
}

// medicationEntry keeps its code unexported: the package fills it.
type medicationEntry struct {
	code string
}

// Intake holds values: text, a library's row and timestamp, and a
// struct of its own package whose unexported field holds text.
type Intake struct {
	Prescription  *handles.Row      // want `Intake.Prescription looks identifiable \(medication\)`
	DiagnosisTime handles.Timestamp // want `Intake.DiagnosisTime looks identifiable \(diagnosis\)`
	Medication    *medicationEntry  // want `Intake.Medication looks identifiable \(medication\)`
	Allergies     []string          // want `Intake.Allergies looks identifiable \(allergy\)`
}
