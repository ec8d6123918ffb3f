// Package sinkplaces pins that two calls of one sink function reached
// through one call are two findings at that call, each with the path to
// its own sink call and a message saying where that is (contract §3:
// distinct flows are distinct findings),
// and that one sink call stays one finding however often, and with
// however many parameters' data, it is reached.
package sinkplaces

import (
	"log"

	"example.com/sinkplaces/lib"
)

type Patient struct {
	ID    string
	Name  string `phi:"direct"`
	Phone string `phi:"direct"`
}

// logTwice logs a field of its parameter at two log.Printf calls.
func logTwice(p *Patient) {
	log.Printf("received %s", p.Name)
	log.Printf("stored %s", p.Name)
}

// twice logs a plain parameter at two log.Printf calls.
func twice(s string) {
	log.Printf("received %s", s)
	log.Printf("stored %s", s)
}

// relay hands its parameter on to twice: both places reach its callers.
func relay(s string) {
	twice(s)
}

// once logs its parameter at one log.Printf call.
func once(s string) {
	log.Printf("seen %s", s)
}

// onceTwice reaches once's single sink call through two calls.
func onceTwice(s string) {
	once(s)
	once(s)
}

// each logs each parameter at a log.Printf call of its own.
func each(a, b string) {
	log.Printf("a %s", a)
	log.Printf("b %s", b)
}

// both logs its two parameters at one log.Printf call.
func both(a, b string) {
	log.Printf("%s %s", a, b)
}

func TwoPlaces(p *Patient) {
	logTwice(p)           // want `Patient.Name \(direct\) reaches log sink log.Printf \(sinkplaces.go:23\) without` `Patient.Name \(direct\) reaches log sink log.Printf \(sinkplaces.go:24\) without`
	twice(p.Name)         // want `Patient.Name \(direct\) reaches log sink log.Printf \(sinkplaces.go:29\)` `Patient.Name \(direct\) reaches log sink log.Printf \(sinkplaces.go:30\)`
	relay(p.Phone)        // want `Patient.Phone \(direct\) reaches log sink log.Printf \(sinkplaces.go:29\)` `Patient.Phone \(direct\) reaches log sink log.Printf \(sinkplaces.go:30\)`
	lib.Twice(p.Name)     // want `Patient.Name \(direct\) reaches log sink log.Printf \(lib.go:10\)` `Patient.Name \(direct\) reaches log sink log.Printf \(lib.go:11\)`
	each(p.Name, p.Phone) // want `Patient.Name \(direct\) reaches log sink log.Printf \(sinkplaces.go:51\)` `Patient.Phone \(direct\) reaches log sink log.Printf \(sinkplaces.go:52\)`
}

func OnePlace(p *Patient) {
	onceTwice(p.Name)         // want `^Patient.Name \(direct\) reaches log sink log.Printf without`
	both(p.Name, p.Phone)     // want `^Patient.Name \(direct\), Patient.Phone \(direct\) reaches log sink log.Printf without`
	lib.Both(p.Name, p.Phone) // want `^Patient.Name \(direct\), Patient.Phone \(direct\) reaches log sink log.Printf without`
	once(p.ID)
}
