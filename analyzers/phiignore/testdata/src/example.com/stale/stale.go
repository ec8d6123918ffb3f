// Package stale exercises PHI2004 for //phi:ignore directives.
package stale

import "log"

type Patient struct {
	ID          string
	Name        string `phi:"direct"`
	NHSNumber   string `phi:"direct"`
	DateOfBirth string //phi:ignore the field is always empty in this demo
	Postcode    string `phi:"indirect"` //phi:ignore no longer needed: the field is marked // want `//phi:ignore suppresses nothing: no finding is on its own line \(line 11\); remove it, or move it to the line it is meant for \(PHI2004\)`
}

// Unrelated is a struct whose fields look like nothing.
type Unrelated struct {
	Count int
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

func Used(p *Patient) {
	log.Printf("%s", p.Name) //phi:ignore seeded demo data
	//phi:ignore seeded demo data
	log.Printf("%s", p.Name)
	Allowed(p)                 //phi:ignore the verdict is not needed on this path
	p.NHSNumber = "4010232137" //phi:ignore the demo patient's number, published with consent
}

func Stale(p *Patient) {
	log.Printf("%s", p.ID) //phi:ignore the ID is not identifiable // want `suppresses nothing: no finding is on its own line`
	//phi:ignore nothing below is a finding // want `suppresses nothing: no finding is on the next line \(line 33\)`
	log.Printf("%d", len(p.Name))
	if Allowed(p) {
		log.Printf("%s", p.Name) //phi:ignore checked already // want `suppresses nothing`
	}
	_ = p.ID == "4010232137" //phi:ignore an order number // want `suppresses nothing`
}
