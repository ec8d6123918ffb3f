package discover

// Consultants, psychologists, counsellors and midwives are staff, like
// doctors: their names, dates of birth and contact details are theirs,
// not a patient's. Patient identifiers still count.
type Consultant struct {
	Name             string
	PhoneNumber      string
	DateOfBirth      string
	PatientNHSNumber string // want `Consultant.PatientNHSNumber looks identifiable \(NHS number\)`
}

type Psychologist struct {
	PhoneNumber string
}

type Counsellor struct {
	PhoneNumber string
}

type Counselor struct {
	Email string
}

type Midwife struct {
	PhoneNumber string
}

// On a patient's meeting the consultant's number is the consultant's;
// the patient's is flagged.
type Meeting struct {
	PatientName           string `phi:"direct"`
	ConsultantPhoneNumber string
	PatientPhoneNumber    string // want `Meeting.PatientPhoneNumber looks identifiable \(phone number\)`
}

// A consultation is a health record, not a consultant.
type ConsultationSummary struct {
	Notes string // want `ConsultationSummary.Notes looks identifiable \(clinical notes\)`
}
