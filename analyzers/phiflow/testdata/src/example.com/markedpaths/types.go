// Package markedpaths reads below marked fields (contract §3: a value
// read from a marked field, or derived from one, is identifiable): contact
// details held whole in a marked field, whose own type marks nothing, are
// all that field's data; a record held in a marked field keeps its own
// marks. Unmarked siblings and look-alike types stay clean.
package markedpaths

// Contact is a person's contact details. It marks no fields: held in a
// marked field, all of it is that field's data.
type Contact struct {
	Phone  string
	Names  []*ContactName
	Tags   map[string]string
	Ref    string `phi:"-"` // explicitly not identifiable, wherever it is held
	Detail ContactDetail
}

// ContactName is one of a contact's names.
type ContactName struct{ Family string }

// ContactDetail is held by value inside a Contact.
type ContactDetail struct{ Email string }

// Referral holds the patient's contact in a marked field.
type Referral struct {
	ID      string
	Contact *Contact  `phi:"direct"`
	Home    Contact   `phi:"indirect"`
	Others  []Contact `phi:"direct"`
	Spare   *Contact
}

// Patient is a record: it marks fields of its own.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Order holds a record in a marked field.
type Order struct {
	ID      string
	Patient *Patient `phi:"direct"`
}

// LookAlike has Referral's fields without its marks.
type LookAlike struct {
	ID      string
	Contact *Contact
}

// Embedding embeds a referral.
type Embedding struct {
	Referral
	Note string
}

// MarkedEmbed embeds a contact as a marked field: the promoted fields
// are read below it.
type MarkedEmbed struct {
	ID       string
	*Contact `phi:"direct"`
}

// Load returns a referral.
//
//phi:source direct
func Load(id string) *Referral { return nil }

// LoadContact returns a contact.
//
//phi:source direct
func LoadContact(id string) *Contact { return nil }

// Ward holds records in a marked collection field.
type Ward struct {
	Name     string
	Patients []*Patient `phi:"clinical"`
}
