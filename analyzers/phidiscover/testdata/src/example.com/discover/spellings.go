package discover

// One-word spellings of names, a hospital card number, marital status
// and a disease, in a patient's record.
type AdmittedPatient struct {
	ID            int
	Firstname     string // want `AdmittedPatient.Firstname looks identifiable \(person's name\)`
	Middlename    string // want `AdmittedPatient.Middlename looks identifiable \(person's name\)`
	Lastname      string // want `AdmittedPatient.Lastname looks identifiable \(person's name\)`
	CardNo        string // want `AdmittedPatient.CardNo looks identifiable \(medical record number\)`
	MaritalStatus string // want `AdmittedPatient.MaritalStatus looks identifiable \(marital status\)`
	Disease       string // want `AdmittedPatient.Disease looks identifiable \(condition\)`
}

// The same words where they are not a person's: a disease in a
// reference list, a staff account's display name, a payment terminal.
type DiseaseCatalogEntry struct {
	Disease string
	Code    string
}

type StaffAccount struct {
	Fullname string
	Lastname string
}

type PaymentTerminal struct {
	CardNo string
}

// An administrator's account is staff's: their names are not a patient's.
type CreateAdminRequest struct {
	Firstname string
	Lastname  string
	Email     string
}
