package discover

import "time"

// Submission is not named for a person, but DateOfBirth and Postcode are
// identifiable by name alone: the struct holds a person's data, so its
// bare Email and Phone are the person's.
type Submission struct {
	DateOfBirth time.Time // want `Submission.DateOfBirth looks identifiable \(date of birth\)`
	Postcode    string    // want `Submission.Postcode looks identifiable \(postcode or ZIP code\)`
	Email       string    // want `Submission.Email looks identifiable \(email address\)`
	Phone       string    // want `Submission.Phone looks identifiable \(phone number\)`
}

// Enrolment has a marked field: its bare words are the person's.
type Enrolment struct {
	Reference string `phi:"direct"`
	Email     string // want `Enrolment.Email looks identifiable \(email address\)`
}

// Waiver's only other field is declared not identifiable: it says nothing
// about whose data the struct holds.
type Waiver struct {
	Reference string `phi:"-"`
	Email     string
}

// Mailbox holds only person-words: they do not make each other count.
type Mailbox struct {
	Name    string
	Email   string
	Address string
	Phone   string
}

// Handover's identifiable field is qualified by whose it is: the
// patient's identifier does not make the handover's own Name and Email a
// patient's.
type Handover struct {
	Name              string
	Email             string
	PatientIdentifier string // want `Handover.PatientIdentifier looks identifiable \(medical record number\)`
}

// PatientTag is about patients, not a patient's data: it is not named for
// a person, and holds nothing identifiable by name alone.
type PatientTag struct {
	Name  string
	Notes string
}

// PatientSearchOptions is declared a source type in the configuration:
// its mark covers every field.
type PatientSearchOptions struct {
	BirthDate time.Time
	Postcode  string
	Gender    string
}

// PatientSearchFilter is the same struct, not declared: still flagged.
type PatientSearchFilter struct {
	BirthDate time.Time // want `PatientSearchFilter.BirthDate looks identifiable \(date of birth\)`
	Postcode  string    // want `PatientSearchFilter.Postcode looks identifiable`
	Gender    string    // want `PatientSearchFilter.Gender looks identifiable \(sex or gender\)`
}

// Booking points at a patient's record: that says whose booking it is,
// not that its own Name is a patient's.
type Booking struct {
	Patient *Patient
	Name    string
}
