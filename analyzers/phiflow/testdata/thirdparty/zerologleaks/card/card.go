// Package card declares a type whose zerolog method redacts, in a package
// of its own.
package card

import "github.com/rs/zerolog"

// Card prints as its surrogate key alone.
type Card struct {
	ID   string
	Name string `phi:"direct"`
}

// MarshalZerologObject adds the surrogate key only; it returns nothing.
func (c Card) MarshalZerologObject(e *zerolog.Event) { e.Str("id", c.ID) }
