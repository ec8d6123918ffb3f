// Package ignore exercises //phi:ignore.
package ignore

import (
	"log"
	"net/http"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
	NHS  string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

func LineAbove(p *Patient) {
	//phi:ignore demo patient on the training ward, synthetic data
	log.Println("patient", p.Name) // clean: suppressed
}

func Trailing(p *Patient) {
	log.Println("patient", p.Name) //phi:ignore synthetic data only
}

func NoReason(p *Patient) {
	//phi:ignore
	log.Println("patient", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func NoReasonTrailing(p *Patient) {
	log.Println("patient", p.Name) /* want `Patient.Name \(direct\) reaches log sink log.Println` */ //phi:ignore
}

func SpaceIsProse(p *Patient) {
	// phi:ignore with a space this is ordinary prose
	log.Println("patient", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func TwoLinesAbove(p *Patient) {
	//phi:ignore only covers the next line

	log.Println("patient", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func OnlyThatLine(p *Patient) {
	//phi:ignore the ward board shows names by design
	log.Println("board", p.Name) // clean: suppressed
	log.Println("audit", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func MultiLine(p *Patient, ward string) {
	//phi:ignore handover sheet, printed on the ward
	log.Printf("%s on %s", // clean: suppressed
		p.Name, ward)
}

func URL(p *Patient) (*http.Request, error) {
	//phi:ignore the legacy PAS only accepts the number in the query
	return http.NewRequest("GET", "https://pas.example/p?nhs="+p.NHS, nil) // clean: suppressed
}

func IgnoredCheck(p *Patient) {
	Allowed(p) //phi:ignore warm-up call, result intentionally unused
}

//phi:requires check
func Refer(p *Patient) {}

func IgnoredRequires(p *Patient) {
	//phi:ignore approved by the Caldicott guardian, ticket CG-12
	Refer(p) // clean: suppressed
	Refer(p) // want `ignore.Refer requires a disclosure check`
}
