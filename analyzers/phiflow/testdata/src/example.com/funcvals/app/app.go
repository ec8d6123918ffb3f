// Package app calls function values that package lib stored.
package app

import (
	"log"

	"example.com/funcvals/lib"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Notify(n *lib.Notifier, p *Patient) {
	n.Logf("patient %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func Chat(c *lib.Chatty, p *Patient) {
	c.Say(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Hush(q *lib.Quiet, p *Patient) {
	q.Logf("patient %s", p.Name) // clean: lib only stores a no-op there
}

func Route(p *Patient, name string) {
	lib.Routes[name](p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func logLine(s string) { log.Print(s) }

func keep(string) {}

func Send(p *Patient) {
	s := lib.NewSender(logLine)
	s.Emit(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

type quietSender struct{ emit func(string) }

func newQuietSender(emit func(string)) *quietSender { return &quietSender{emit: emit} }

var quiet = newQuietSender(keep)

func SendQuiet(p *Patient) {
	quiet.emit(p.Name) // clean: only keep is ever passed
}
