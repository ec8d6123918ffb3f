// Package assertions covers what a value holds once a type assertion or
// errors.As recovers a concrete type from an interface: the asserted
// type's own identifiability, not every label the interface carried.
package assertions

import (
	"errors"
	"fmt"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// ConsentError names the patient in a marked field.
type ConsentError struct {
	Name string `phi:"direct"`
}

func (e *ConsentError) Error() string { return "no consent from " + e.Name }

// LookupError names the patient in an unmarked field its Error prints.
type LookupError struct {
	Query string
}

func (e *LookupError) Error() string { return "not found: " + e.Query }

// LimitError holds two counts.
type LimitError struct {
	Have, Want int
}

func (e *LimitError) Error() string { return fmt.Sprintf("have %d, want %d", e.Have, e.Want) }

// check fails with an error that names the patient in a marked field,
// or with one that holds counts.
func check(p *Patient, n int) error {
	if n == 0 {
		return &ConsentError{Name: p.Name}
	}
	return &LimitError{Have: n, Want: 3}
}

// lookup fails with an error that names the patient in an unmarked field.
func lookup(p *Patient) error {
	return &LookupError{Query: p.Name}
}

func Asserted(p *Patient) {
	err := check(p, 2)
	if le, ok := err.(*LimitError); ok {
		log.Print(le) // clean: a LimitError holds counts
		log.Print(le.Have)
	}
	if ce, ok := err.(*ConsentError); ok {
		log.Print(ce) // want `ConsentError.Name \(direct\) reaches log sink log.Print`
	}
	log.Print(err) // want `ConsentError.Name \(direct\) reaches log sink log.Print`
	le := err.(*LimitError)
	log.Print(le.Want) // clean
}

// AssertedUnmarked: data in a field the type does not mark stays with
// the value whatever type it is asserted to.
func AssertedUnmarked(p *Patient) {
	err := lookup(p)
	if qe, ok := err.(*LookupError); ok {
		log.Print(qe) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

func AssertedAs(p *Patient) {
	err := fmt.Errorf("check: %w", check(p, 2))
	var le *LimitError
	if errors.As(err, &le) {
		log.Print(le) // clean: a LimitError holds counts
	}
	var ce *ConsentError
	if errors.As(err, &ce) {
		log.Print(ce) // want `ConsentError.Name \(direct\) reaches log sink log.Print`
	}
}
