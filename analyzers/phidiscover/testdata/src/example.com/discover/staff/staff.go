// Package staff handles the staff's own accounts: a struct whose name
// says nothing of whose it is holds a staff member's data here.
package staff

type UpdateProfileRequest struct {
	Firstname string
	Lastname  string
	Email     string
	Phone     string
}

// A struct named for a patient is the patient's wherever it is.
type PatientContact struct {
	Name  string // want `PatientContact.Name looks identifiable \(person's name\)`
	Phone string // want `PatientContact.Phone looks identifiable \(phone number\)`
}
