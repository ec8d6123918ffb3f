package discover

import "time"

// MatchWeights weighs each part of a record in a match score: a name, an
// email address, a phone number or a date of birth is never a fraction.
type MatchWeights struct {
	Name        float64
	Email       float64
	Phone       float64
	Address     float64
	DateOfBirth float64
	NHSNumber   *float32
	Postcode    float64
}

// PatientScores is named for a person, but a name or an address is never
// a number.
type PatientScores struct {
	Name    float64
	Address int
	Surname uint8
}

// PatientNumbers is named for a person: integers can hold a phone number,
// a ZIP code, a house number or a date of birth in Unix time.
type PatientNumbers struct {
	Name        string  // want `PatientNumbers.Name looks identifiable \(person's name\)`
	Phone       int64   // want `PatientNumbers.Phone looks identifiable \(phone number\)`
	Zip         int     // want `PatientNumbers.Zip looks identifiable \(postcode or ZIP code\)`
	HouseNumber int     // want `PatientNumbers.HouseNumber looks identifiable \(address\)`
	DateOfBirth int64   // want `PatientNumbers.DateOfBirth looks identifiable \(date of birth\)`
	NHSNumber   uint64  // want `PatientNumbers.NHSNumber looks identifiable \(NHS number\)`
	Email       []byte  // want `PatientNumbers.Email looks identifiable \(email address\)`
	Allergies   int     // want `PatientNumbers.Allergies looks identifiable \(allergy\)`
	DrugDose    float64 // want `PatientNumbers.DrugDose looks identifiable \(medication\)`
	Admitted    time.Time
}

// SeedSettings counts and rates clinical data: a count of diagnoses is
// not a diagnosis.
type SeedSettings struct {
	AllergiesPerPatient int
	NumDiagnoses        int
	MaxMedications      uint
	ConditionsRate      float64 `json:"medical_conditions_rate"`
}

// Antenatal is not named for a person: a number that is not a count is
// still the data, and so is a plural that is not a number.
type Antenatal struct {
	PregnancyWeeks int      // want `Antenatal.PregnancyWeeks looks identifiable \(clinical notes\)`
	Diagnosis      int      // want `Antenatal.Diagnosis looks identifiable \(diagnosis\)`
	Allergies      []string // want `Antenatal.Allergies looks identifiable \(allergy\)`
	Meds           int      `json:"current_medication"` // want `Antenatal.Meds looks identifiable \(medication\)`
}

// Coding names a diagnosis by its coding system and role: neither is the
// diagnosis.
type Coding struct {
	DiagnosisSystem     string
	DiagnosisCodeSystem string
	DiagnosisRole       string
	DiagnosisCode       string // want `Coding.DiagnosisCode looks identifiable \(diagnosis\)`
	Diagnosis           string // want `Coding.Diagnosis looks identifiable \(diagnosis\)`
}
