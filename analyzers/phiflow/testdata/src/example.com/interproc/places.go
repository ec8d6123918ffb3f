package interproc

import (
	"errors"
	"log"
)

// contract: §3 "two sinks reached through one call are two findings (at
// the same position when the rule above puts them there), each message
// naming its sink": two calls of one sink function are two sinks, each
// message saying where its call is.

func export(p *Patient) error {
	if p.ID == "" {
		log.Println("no id", p) // clean here: parameter data, reported at the call
		return errors.New("no id")
	}
	if len(p.ID) > 8 {
		log.Println("id too long", p) // clean here: reported at the call
		return errors.New("id too long")
	}
	return nil
}

func Export(p *Patient) {
	_ = export(p) // want `Patient.NHSNumber \(direct\), Patient.Name \(direct\) reaches log sink log.Println at places.go:15 ` `reaches log sink log.Println at places.go:19 `
}

// An exported helper's sinks are brought to a caller whose data is
// recognisable there, likewise one per place.

func LogTwice(name string) {
	log.Println("first", name)
	log.Println("second", name)
}

func LogTwiceFor(p *Patient) {
	LogTwice(p.NHSNumber) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println at places.go:33 ` `Patient.NHSNumber \(direct\) reaches log sink log.Println at places.go:34 `
}

// One sink reached by two paths is one finding, and the message names
// only the sink function.

func note(s string) {
	log.Println("note", s)
}

func noteBoth(s string, loud bool) {
	if loud {
		note("LOUD " + s)
		return
	}
	note(s)
}

func NoteEither(p *Patient, loud bool) {
	noteBoth(p.Name, loud) // want `^Patient.Name \(direct\) reaches log sink log.Println without`
}

// A call of one sink function with two data paths is one sink.

func bothFields(p *Patient) {
	log.Println(p.Name, p.NHSNumber)
}

func BothFields(p *Patient) {
	bothFields(p) // want `^Patient.NHSNumber \(direct\), Patient.Name \(direct\) reaches log sink log.Println without`
}
