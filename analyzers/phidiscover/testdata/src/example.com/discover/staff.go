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
