package app

import (
	"log"

	"example.com/fix/model"
	r "example.com/fix/redact"
)

func Known(p *model.Patient) {
	log.Printf("%s %s", r.Name(p.Name), p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func Shadowed(p *model.Patient) {
	redact := "x"
	log.Print(redact, p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}
