package discover

// In a struct named for a person, an address, a phone number or an email
// address is the person's whichever it is; a network's, a machine's or a
// staff member's is not, nor is a flag of one.
type QuarantinePatient struct {
	IsolationAddress string // want `QuarantinePatient.IsolationAddress looks identifiable \(address\)`
	CurrentAddress2  string // want `QuarantinePatient.CurrentAddress2 looks identifiable \(address\)`
	AlternatePhone   string // want `QuarantinePatient.AlternatePhone looks identifiable \(phone number\)`
	SecondaryEmail   string // want `QuarantinePatient.SecondaryEmail looks identifiable \(email address\)`
	IPAddress        string
	ServerAddress    string
	WalletAddress    string
	DoctorPhone      string
	HasWorkAddress   bool
}

// In a health record a qualified address is whosever the qualifier
// says: a referral's site address is the clinic's, not the patient's.
type SiteReferral struct {
	DateOfBirth string // want `SiteReferral.DateOfBirth looks identifiable \(date of birth\)`
	SiteAddress string
}

// A server's settings hold no person's data.
type ListenerSettings struct {
	SiteAddress   string
	ListenAddress string
}
