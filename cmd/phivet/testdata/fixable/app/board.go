package app

import (
	"log"

	"example.com/fixable/model"
	"example.com/fixable/redact"
)

// Board logs the ward board line; redact is imported already.
func Board(p *model.Patient) {
	log.Print(redact.Label(p.ID), p.Name) // leak: PHI1001
}
