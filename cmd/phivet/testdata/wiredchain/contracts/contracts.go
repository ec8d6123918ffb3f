// Package contracts declares the interface the service calls.
package contracts

// Records fetches a patient's records from another service.
type Records interface {
	Fetch(nhsNumber string) error
	FetchByID(id string) error
}

// Pager pages the clinician on call.
type Pager interface {
	Page(msg string) error
}
