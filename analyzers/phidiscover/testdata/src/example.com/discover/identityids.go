package discover

// A national identifier's own id is the number, not a key to it: the
// pattern that names the identifier ends in it.
type IdentityDocuments struct {
	AadhaarID       string // want `IdentityDocuments.AadhaarID looks identifiable \(national identity number\)`
	PassportID      string // want `IdentityDocuments.PassportID looks identifiable \(passport number\)`
	SSNId           string // want `IdentityDocuments.SSNId looks identifiable \(social security number\)`
	NhsID           string // want `IdentityDocuments.NhsID looks identifiable \(NHS number\)`
	IdentityNumber  int64  // want `IdentityDocuments.IdentityNumber looks identifiable \(national identity number\)`
	PassportStatus  string // a status of it, not it
	MedicalRecordID uint   // a key to a medical record, not its number
}

// An identifier is identifiable by name alone and says the struct holds
// a person's data: beside it the bare person-words are a person's.
type SignupPayload struct {
	Username  string
	LastName  string // want `SignupPayload.LastName looks identifiable \(person's name\)`
	Email     string // want `SignupPayload.Email looks identifiable \(email address\)`
	AadhaarID string // want `SignupPayload.AadhaarID looks identifiable \(national identity number\)`
}

// A member of staff's passport number is theirs, not a patient's.
type EmployeeDocuments struct {
	PassportNumber string
	PassportID     string
}
