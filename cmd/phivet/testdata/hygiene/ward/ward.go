// Package ward is a fixture for PHI2004 and PHI3002 from the built binary.
package ward

import "log"

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
}

// Page sends a message to the ward's pager.
func Page(msg string) {}

func Admit(p *Patient) {
	log.Printf("admitted %s", p.Name) // leak: PHI1001
	log.Printf("admitted %s", p.ID)   //phi:ignore the ID was a name once
	//phi:ignore the pager shows the name to the nurse in charge
	Page(p.Name)
}

// Demo is the ward's demonstration patient.
var Demo = Patient{ID: "demo", NHSNumber: "4010232137"} // leak: PHI3002

// Order numbers pass Modulus 11 as often as anything else does.
var orderNumber = "4010232137"
