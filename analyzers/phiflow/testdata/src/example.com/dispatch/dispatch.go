// Package dispatch calls through interfaces whose implementations are in
// the package: the data follows the implementations' summaries.
package dispatch

import (
	"fmt"
	"log"
)

type Prescription struct {
	ID      string
	Drug    string `phi:"clinical"`
	Patient string `phi:"direct"`
}

// Stock reserves drugs; its one implementation names the drug in errors.
type Stock interface {
	Reserve(drug string, qty int) error
}

type shelf struct{ left map[string]int }

func (s *shelf) Reserve(drug string, qty int) error {
	if s.left[drug] < qty {
		return fmt.Errorf("out of %s", drug)
	}
	return nil
}

// Labeler prints labels; its one implementation ignores the drug.
type Labeler interface {
	Label(id, drug string) string
}

type plain struct{}

func (plain) Label(id, drug string) string { return "label " + id }

// Notifier sends messages; its implementation is a marked sink.
type Notifier interface {
	Notify(to, msg string)
}

type sms struct{}

//phi:sink transmit
func (sms) Notify(to, msg string) {}

type Dispenser struct {
	stock Stock
	label Labeler
	note  Notifier
}

func (d *Dispenser) Dispense(rx *Prescription) {
	if err := d.stock.Reserve(rx.Drug, 1); err != nil {
		log.Printf("dispense %s: %v", rx.ID, err) // want `Prescription.Drug \(clinical\) reaches log sink`
	}
	log.Println(d.label.Label(rx.ID, rx.Drug)) // clean: the only Labeler shows the ID alone
	d.note.Notify("pharmacy", rx.Patient)      // want `Prescription.Patient \(direct\) is transmitted by`
	d.note.Notify("pharmacy", rx.ID)           // clean: surrogate key
}
