// Package app gives relay a patient's data.
package app

import (
	"log"

	"example.com/hiddenimpl/notify"
	"example.com/hiddenimpl/relay"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Escalate(p *Patient) {
	relay.Send(notify.New(), p.Name) // leak: PHI1001 (relay's summary reaches notify's logging notifier)
	relay.Send(notify.New(), p.ID)   // clean: a surrogate key
	n := relay.Count(notify.NewCounter(), p.Name)
	log.Printf("%d characters", n) // clean: a count
}
