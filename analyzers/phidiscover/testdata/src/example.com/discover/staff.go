package discover

import "time"

// Practitioner is staff: names, dates of birth and contact details are
// theirs, not a patient's.
type Practitioner struct {
	Name             string
	BirthDate        time.Time
	Phone            string
	HomeAddress      string
	PatientNHSNumber string // want `Practitioner.PatientNHSNumber looks identifiable \(NHS number\)`
}

// OrganizationContact is an organisation's contact.
type OrganizationContact struct {
	Name    string
	Address string
}

// ContactDetail is a way of reaching someone (often a publisher), not a
// person.
type ContactDetail struct {
	Name    string
	Telecom []string
}

// PatientContactComponent is a patient's contact: a person.
type PatientContactComponent struct {
	Name    string // want `PatientContactComponent.Name looks identifiable \(person's name\)`
	Address string // want `PatientContactComponent.Address looks identifiable \(address\)`
}

// A staff word after a patient's names the staff member of a patient's
// record (as one before it does): the doctor's contact details, not the
// patient's.
type OutpatientDoctor struct {
	Name  string
	Email string
}

type Inpatient_Nurse struct {
	Name  string
	Phone string
}

type PatientDoctor struct {
	Name  string
	Email string
}

// A visit record names its practitioner: a field whose own name says it
// is a staff member's holds their demographic data, a national identity
// number as much as a phone, not the patient's. The patient's own stay
// flagged, and so does an organisation-qualified field, which is the
// patient's (their GP practice's postcode).
type VisitRecord struct {
	PatientNIK       string // want `VisitRecord.PatientNIK looks identifiable \(national identity number\)`
	PractitionerNIK  string
	DoctorSSN        string
	NurseNINO        string
	PatientSSN       string // want `VisitRecord.PatientSSN looks identifiable \(social security number\)`
	PracticePostcode string // want `VisitRecord.PracticePostcode looks identifiable \(postcode or ZIP code\)`
}

// ClinicianRoster is staff: their national identity numbers are theirs.
type ClinicianRoster struct {
	NationalID string
	SSN        string
}
