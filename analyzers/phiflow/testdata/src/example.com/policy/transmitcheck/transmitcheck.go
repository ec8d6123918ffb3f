// Package transmitcheck is analysed with `policy: {transmit: check}`;
// respond defaults to the transmit value.
package transmitcheck

import (
	"fmt"
	"log"
	"net/http"
	"strings"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func Record(p *Patient) {}

//phi:sanitize
func Mask(s string) string { return "***" }

func TransmitAuditedOnly(p *Patient) {
	Record(p)
	http.Post("https://gp.example.nhs.uk/letters", "text/plain", strings.NewReader(p.Name)) // want `Patient.Name \(direct\) is transmitted by http.Post`
}

func TransmitChecked(p *Patient) {
	if Allowed(p) {
		http.Post("https://gp.example.nhs.uk/letters", "text/plain", strings.NewReader(p.Name)) // clean
	}
}

// contract: §3 "respond (responses; defaults to the value of transmit)".
func RespondAuditedOnly(w http.ResponseWriter, p *Patient) {
	Record(p)
	fmt.Fprint(w, p.Name) // want `Patient.Name \(direct\) is sent in a response by fmt.Fprint`
}

func RespondChecked(w http.ResponseWriter, p *Patient) {
	if Allowed(p) {
		fmt.Fprint(w, p.Name) // clean
	}
}

func LogAuditedOnly(p *Patient) {
	Record(p)
	log.Println("patient", p.Name) // clean: log: any
}
