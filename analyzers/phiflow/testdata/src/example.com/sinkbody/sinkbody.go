// Package sinkbody pins what a call of a function marked as a sink
// reports when the function's own body reaches sinks too: a sink of the
// same kind inside it is the same disclosure (one finding, at the call);
// a sink of another kind is a second one. The same holds of a write in
// its body to a destination its callers supply (client.go), found where
// that destination is known.
package sinkbody

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Logf is the service's own logger; it writes to standard error.
//
//phi:sink log
func Logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}

// Notify logs what it is given and also posts it to another service.
//
//phi:sink log
func Notify(msg string) {
	log.Print(msg)
	http.Post("https://notify.example.invalid/", "text/plain", strings.NewReader(msg))
}

func logName(p *Patient) {
	Logf("patient %s", p.Name) // want `Patient.Name \(direct\) reaches log sink sinkbody.Logf`
}

func notifyName(p *Patient) {
	Notify(p.Name) // want `Patient.Name \(direct\) reaches log sink sinkbody.Notify` `Patient.Name \(direct\) is transmitted by http.Post`
}

// clean: the surrogate key identifies no one.
func logID(p *Patient) {
	Logf("patient %s", p.ID)
}
