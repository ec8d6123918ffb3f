// Package strict is analysed with `policy: strict`: log needs a
// sanitizer; export, transmit and respond need a check and an audit.
package strict

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

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func Record(p *Patient) {}

//phi:sanitize
func Mask(s string) string { return "***" }

func LogCheckedAudited(p *Patient) {
	if !Allowed(p) {
		return
	}
	Record(p)
	log.Println("patient", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func LogSanitized(p *Patient) {
	log.Println("patient", Mask(p.Name)) // clean
}

func ExportCheckedOnly(f *os.File, p *Patient) {
	if !Allowed(p) {
		return
	}
	fmt.Fprintln(f, p.Name) // want `Patient.Name \(direct\) is exported by fmt.Fprintln`
}

func ExportCheckedAudited(f *os.File, p *Patient) {
	if !Allowed(p) {
		return
	}
	defer Record(p)
	fmt.Fprintln(f, p.Name) // clean
}

func TransmitAuditedOnly(p *Patient) {
	Record(p)
	http.Post("https://gp.example.nhs.uk/letters", "text/plain", strings.NewReader(p.Name)) // want `Patient.Name \(direct\) is transmitted by http.Post`
}

func TransmitCheckedAudited(p *Patient) {
	if Allowed(p) {
		Record(p)
		http.Post("https://gp.example.nhs.uk/letters", "text/plain", strings.NewReader(p.Name)) // clean
	}
}

func RespondCheckedOnly(w http.ResponseWriter, p *Patient) {
	if Allowed(p) {
		fmt.Fprint(w, p.Name) // want `Patient.Name \(direct\) is sent in a response by fmt.Fprint`
	}
}
