// Package markediface calls interface methods that the configuration
// marks (TestConfigMarkedInterface): the call still reaches the
// implementations, whose own flows add to the mark's.
package markediface

import "log"

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Notes is marked a source: what Read returns is clinical.
type Notes interface {
	Read(name string) string
}

type notebook struct{}

func (notebook) Read(name string) string {
	log.Println("reading notes of", name)
	return ""
}

func Review(n Notes, p *Patient) {
	note := n.Read(p.Name)         // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println("note", len(note)) // clean: a length
	log.Println("note", note)      // want `Notes.Read\(\) \(clinical\) reaches log sink log.Println`
	n.Read(p.ID)                   // clean: a surrogate key
}

// Outbox is marked a transmit sink; its implementation also logs.
type Outbox interface {
	Post(to, body string)
}

type logged struct{}

func (logged) Post(to, body string) { log.Println("posting to", to) }

func Send(o Outbox, p *Patient) {
	o.Post(p.Name, "hello") // want `Patient.Name \(direct\) is transmitted by` `Patient.Name \(direct\) reaches log sink log.Println`
	o.Post("desk", p.ID)    // clean: a surrogate key
}
