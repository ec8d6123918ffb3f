package discover

import (
	"encoding/json"
	"time"
)

// Medications and allergies are what a drug reference describes as much
// as what a patient has: in a struct about no one they are the
// reference's.

// InteractionRule is a drug-drug interaction of a formulary: a pair of
// medicines, not anyone's.
type InteractionRule struct {
	MedicationA string
	MedicationB string
	Severity    string
}

// AllergyRule is a cross-reactivity rule: an allergen and a class of
// medicines.
type AllergyRule struct {
	AllergyCode     string
	MedicationClass string
}

// MedicationPage is a page of a formulary's catalogue.
type MedicationPage struct {
	Medications []string
	Page        int
}

// rulesFile is how the rules are kept on disk.
func loadRules(data []byte) (int, error) {
	var parsed struct {
		Interactions []InteractionRule
		Allergies    []AllergyRule
	}
	err := json.Unmarshal(data, &parsed)
	return len(parsed.Interactions) + len(parsed.Allergies), err
}

// InteractionCheck is a check of one patient's medicines: the link to
// the patient makes them theirs.
type InteractionCheck struct {
	PatientID       string
	MedicationCodes []string // want `InteractionCheck.MedicationCodes looks identifiable \(medication\)`
	AllergyCodes    []string // want `InteractionCheck.AllergyCodes looks identifiable \(allergy\)`
}

// subjectRef is a reference to a resource.
type subjectRef struct{ Reference string }

// DispenseEvent is about its subject, as an HL7 FHIR resource is.
type DispenseEvent struct {
	Subject        *subjectRef
	MedicationCode string // want `DispenseEvent.MedicationCode looks identifiable \(medication\)`
}

// CareSummary names a diagnosis beside the medicines: clinical data of
// someone's.
type CareSummary struct {
	Diagnosis   string   // want `CareSummary.Diagnosis looks identifiable \(diagnosis\)`
	Medications []string // want `CareSummary.Medications looks identifiable \(medication\)`
}

// AllergyRegistration holds an NHS number: its allergies are that person's.
type AllergyRegistration struct {
	NHSNumber string   // want `AllergyRegistration.NHSNumber looks identifiable \(NHS number\)`
	Allergies []string // want `AllergyRegistration.Allergies looks identifiable \(allergy\)`
}

// AllergyEvent is dated: when the reaction was recorded is an event in
// someone's history, which a drug reference's entries do not have.
type AllergyEvent struct {
	Allergy  string // want `AllergyEvent.Allergy looks identifiable \(allergy\)`
	Reaction string
	Recorded *time.Time
}

// DeliveryLine is one line of a delivery of medicines: its times are the row's and
// the products' (bookkeeping, an expiry date), not anyone's.
type DeliveryLine struct {
	MedicationCode string
	ExpiryDate     time.Time
	CreatedAt      time.Time
}
