package discover

import "time"

// A patient word before a clinical head noun names one clinical item of
// the patient's record: the head noun says what the struct describes.
// Its name is the allergy's or the vital sign's, not a person's; its
// clinical fields are the patient's.
type PatientAllergyOutput struct {
	PatientID string
	Name      string
	Reaction  string
	Notes     string // want `PatientAllergyOutput.Notes looks identifiable \(clinical notes\)`
	Date      time.Time
}

type PatientVitalSignOutput struct {
	PatientID string
	Name      string
	Value     string
	Comment   string // want `PatientVitalSignOutput.Comment looks identifiable \(clinical notes\)`
}

type PatientLabTestResult struct {
	Name   string
	Result string
}

// A patient word before a head noun that describes the patient still
// makes the struct the patient's: its bare Name is theirs.
type PatientDetailsOutput struct {
	PatientID string
	Name      string // want `PatientDetailsOutput.Name looks identifiable \(person's name\)`
	Email     string // want `PatientDetailsOutput.Email looks identifiable \(email address\)`
}

// A clinical item that holds a field identifiable by name alone holds a
// person's data: beside a date of birth the bare Name is the person's.
type PatientMedicationOutput struct {
	Name        string // want `PatientMedicationOutput.Name looks identifiable \(person's name\)`
	DateOfBirth string // want `PatientMedicationOutput.DateOfBirth looks identifiable \(date of birth\)`
	Dosage      string // want `PatientMedicationOutput.Dosage looks identifiable \(medication\)`
}
