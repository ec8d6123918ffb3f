package discover

// surgeryListing is a web handler's view of a scheduled operation. Its
// name says nothing of whose it is, but the patient's name beside them
// says the notes and the procedure are a patient's. A bare Email need not
// be the patient's: person-words do not make each other count.
type surgeryListing struct {
	ID              string
	PatientName     string // want `surgeryListing.PatientName looks identifiable \(person's name\)`
	PatientID       string
	Notes           string // want `surgeryListing.Notes looks identifiable \(clinical notes\)`
	Procedure       string // want `surgeryListing.Procedure looks identifiable \(procedure or surgery\)`
	ProposedSurgery string // want `surgeryListing.ProposedSurgery looks identifiable \(procedure or surgery\)`
	Email           string
}

// A given name or a contact's email says no patient: the notes beside
// them are an account's or a project's.
type accountProfile struct {
	GivenName string // want `accountProfile.GivenName looks identifiable \(person's name\)`
	Notes     string
	History   []string
}

type projectCard struct {
	ContactEmail string // want `projectCard.ContactEmail looks identifiable \(email address\)`
	Notes        string
}

// A health record's procedure, and an operation's clinical qualifiers in
// any struct.
type EncounterSummary struct {
	Procedure string // want `EncounterSummary.Procedure looks identifiable \(procedure or surgery\)`
}

type theatreList struct {
	SurgicalHistory string // want `theatreList.SurgicalHistory looks identifiable \(procedure or surgery\)`
	OperativeNotes  string // want `theatreList.OperativeNotes looks identifiable \(procedure or surgery\)`
}

// storedCall calls a stored procedure of a database: its procedure, the
// operation and the call are the program's.
type storedCall struct {
	Procedure     string
	ProcedureName string
	ProcedureCall string
	OperationID   string
	Operation     string
	Args          []any
}
