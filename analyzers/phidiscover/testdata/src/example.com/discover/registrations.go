package discover

// IndianRegistration is an Indian hospital's registration form: the Aadhaar
// number (India's national identity number), the parents' names, how to
// reach the emergency contact and the blood group.
type IndianRegistration struct {
	ID                     uint
	AadhaarNumber          string // want `IndianRegistration.AadhaarNumber looks identifiable \(national identity number\)`
	FatherName             string // want `IndianRegistration.FatherName looks identifiable \(person's name\)`
	MothersName            string // want `IndianRegistration.MothersName looks identifiable \(person's name\)`
	EmergencyContactNumber string // want `IndianRegistration.EmergencyContactNumber looks identifiable \(phone number\)`
	EmergencyContactPhone  string // want `IndianRegistration.EmergencyContactPhone looks identifiable \(phone number\)`
	BloodGroup             string // want `IndianRegistration.BloodGroup looks identifiable \(blood group\)`
}

// Flags of them outside a person's struct are not them.
type KYCResult struct {
	AadhaarVerified    bool
	BloodGroupRecorded bool
}

// A hospital's emergency number and an employee's parents' names are
// theirs, not a patient's.
type HospitalSite struct {
	EmergencyContactNumber string
}

type EmployeeRecord struct {
	FatherName  string
	MothersName string
}

// A unit of blood is a product: its blood group is the unit's.
type BloodProduct struct {
	BloodGroup string
}
