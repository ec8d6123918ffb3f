// Package loud reads identifiable data; its methods bring data to a
// caller (a source, a getter returning a source's data, a check) or do
// not (a counter).
package loud

import (
	"errors"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

//phi:source direct
func loadName(id string) string { return "" }

//phi:check
func consent(id string) error {
	if id == "" {
		return errors.New("no consent")
	}
	return nil
}

type Book struct{}

//phi:source direct
func (Book) PhoneOf(id string) string { return "" }

type Store struct{}

func (Store) Load(id string) string { return loadName(id) }

type Gatekeeper struct{}

func (Gatekeeper) Allow(id string) error { return consent(id) }

type Echo struct{}

func (Echo) Next(n int) int { return n + 1 }

func Show(p *Patient) {
	log.Printf("showing %s", p.ID)
}
