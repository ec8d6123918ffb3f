// Package app calls function values that package lib stored.
package app

import "example.com/funcvals/lib"

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
