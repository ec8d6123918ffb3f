package discover

// Remarks and comments about a person are notes by another word, and a
// clinician's remarks beside a patient's name are clinical notes.
type SelfReport struct {
	PatientName   string // want `SelfReport.PatientName looks identifiable \(person's name\)`
	DoctorRemarks string // want `SelfReport.DoctorRemarks looks identifiable \(clinical notes\)`
	Comments      string // want `SelfReport.Comments looks identifiable \(clinical notes\)`
}

type InpatientStay struct {
	Remarks string // want `InpatientStay.Remarks looks identifiable \(clinical notes\)`
}

// An invoice's remarks are not a patient's; nor are a clinician's own.
type Invoice struct {
	Number        string
	Remarks       string
	Comment       string
	DoctorRemarks string
}

type Nurse struct {
	Remarks string
}
