package discover

// An outpatient's visit: what the patient came with is clinical, as the
// diagnosis is.
type Outpatient struct {
	ID        int
	PatientID int
	Complaint string // want `Outpatient.Complaint looks identifiable \(presenting complaint\)`
	Diagnosis string // want `Outpatient.Diagnosis looks identifiable \(diagnosis\)`
}

// A chief complaint is clinical in any struct.
type TriageForm struct {
	ChiefComplaint string // want `TriageForm.ChiefComplaint looks identifiable \(presenting complaint\)`
}

// A complaint about the service is a grievance, not a patient's
// clinical information.
type ServiceFeedback struct {
	Rating    int
	Complaint string
}
