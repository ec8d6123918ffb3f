package discover

// A patient's second name, contact and insurance policy number are
// theirs; a key to one of their contacts is a key.
type RegisteredPatient struct {
	ID            int64
	SecondName    string // want `RegisteredPatient.SecondName looks identifiable \(person's name\)`
	Contact       string // want `RegisteredPatient.Contact looks identifiable \(contact details\)`
	ContactNumber string // want `RegisteredPatient.ContactNumber looks identifiable \(phone number\)`
	ContactID     int64
	PolicyNumber  string // want `RegisteredPatient.PolicyNumber looks identifiable \(insurance or member id\)`
}

// A name qualified as a patient's is one in any struct; an insurance
// record's policy number is the insured's.
type WardBoardRow struct {
	Bed               string
	PatientSecondName string // want `WardBoardRow.PatientSecondName looks identifiable \(person's name\)`
	PatientFullName   string // want `WardBoardRow.PatientFullName looks identifiable \(person's name\)`
}

type InsuranceCover struct {
	PolicyNumber string // want `InsuranceCover.PolicyNumber looks identifiable \(insurance or member id\)`
	Insurer      string
}

// A company's contact is the company's, a support ticket's the
// customer's way back (not a patient's), a DNS zone's second name a name
// server's, and a retention or access policy's number the policy's.
type Company struct {
	Name          string
	Contact       string
	ContactNumber string
}

type SupportTicket struct {
	Subject   string
	Contact   string
	ContactID int64
}

type DNSZone struct {
	Origin     string
	SecondName string
}

type RetentionPolicy struct {
	PolicyNumber int
	Days         int
}
