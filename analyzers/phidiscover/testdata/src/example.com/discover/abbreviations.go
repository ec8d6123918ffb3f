package discover

// Abbreviated first and last names and a bare Postal, in a patient's
// record: the same as Firstname, Lastname and PostalCode there.
type DischargedPatient struct {
	ID     uint
	Fname  string // want `DischargedPatient.Fname looks identifiable \(person's name\)`
	Lname  string // want `DischargedPatient.Lname looks identifiable \(person's name\)`
	Postal string // want `DischargedPatient.Postal looks identifiable \(postcode or ZIP code\)`
}

// The same words where they are not a patient's: the file an export
// writes and the postal service it is sent by, a nurse's own names.
type ExportJob struct {
	Fname  string
	Postal string
}

type NurseProfile struct {
	Fname string
	Lname string
}
