// Package app gives relay.Send a patient's name, which relay passes to notify's logging notifier. // want package:"analysed"
package app

import (
	"example.com/hiddenimpls/notify"
	"example.com/hiddenimpls/relay"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Escalate(p *Patient) {
	n := notify.New()
	// Imported from source (analysistest), relay's call of Notify also
	// resolves to notify's unused type, whose log.Println is a second
	// place: a finding of its own. From export data it is out of sight
	// (cmd/phivet's TestHiddenImplementationsOutOfExportData).
	relay.Send(n, p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println` `Patient.Name \(direct\) reaches log sink log.Println`
	relay.Send(n, p.ID)   // clean: a surrogate key
}
