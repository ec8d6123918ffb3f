// Package contracts declares the interfaces the handler and the reminder
// call; neither imports the package that implements them.
package contracts

// Directory finds a patient's contact details by their surrogate key.
type Directory interface {
	PhoneOf(id string) string
	EmailOf(id string) string
}

// Counter counts reminders.
type Counter interface {
	Next(n int) int
}

// Pager pages the patient's care team.
type Pager interface {
	Page(msg string)
}

// Ledger records which clinician was shown what.
type Ledger interface {
	Record(who, id string)
}
