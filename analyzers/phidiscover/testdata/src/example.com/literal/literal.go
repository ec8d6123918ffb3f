// Package literal exercises PHI3002: literals that look like real
// identifiers and are used as one.
package literal

import "fmt"

type Patient struct {
	NHSNumber string `phi:"direct"`
	Phone     string `phi:"direct"`
	Reference string `phi:"direct"`
	SSN       string `phi:"direct"`
}

// Referral marks nothing, but its field names say what they hold.
type Referral struct {
	NHSNumber string // want `PHI3001`
	CHINo     string // want `PHI3001`
}

type Identifier struct {
	System string
	Value  string
}

type Beneficiary struct {
	MBI            string
	MedicareNumber string // want `PHI3001`
}

// NHSNumber is a number's type; its name says what it holds.
type NHSNumber string

// Order is not about a person.
type Order struct {
	Number string
	Amount int
}

const defaultNHSNumber = "4010232137" // want `"4010232137" looks like a real NHS number \(a valid check digit, in a range allocated to patients\) and is used as one \(assigned to defaultNHSNumber\): .* \(PHI3002\)`

var chiNumber = "1503851230" // want `real CHI number .*assigned to chiNumber`

var nhs int64 = 4857773457 // want `real NHS number`

func positives(p *Patient, b *Beneficiary) {
	_ = Patient{NHSNumber: "4010232137"}       // want `real NHS number .*in Patient.NHSNumber`
	_ = Patient{Reference: "6600000007"}       // want `in Patient.Reference`
	_ = Referral{NHSNumber: "485 777 3457"}    // want `in Referral.NHSNumber`
	_ = Referral{"612-345-6784", "0101010001"} // want `in Referral.NHSNumber` `real CHI number .*in Referral.CHINo`
	p.SSN = "212-66-4567"                      // want `real social security number .*assigned to Patient.SSN`
	if p.NHSNumber == "7012345675" {           // want `compared with Patient.NHSNumber`
		return
	}
	switch p.NHSNumber {
	case "4000000004": // want `compared with Patient.NHSNumber`
	}
	lookup("4500000003")                                                             // want `passed as nhsNumber to lookup`
	_ = map[string]string{"nhs_number": "6123456784"}                                // want `under key "nhs_number"`
	_ = NHSNumber("4010232137")                                                      // want `converted to NHSNumber`
	_ = Identifier{System: "https://fhir.nhs.uk/Id/nhs-number", Value: "3200000015"} // want `real H&C number .*beside "https://fhir.nhs.uk/Id/nhs-number"`
	b.MBI = "2EG4-TE5-MK73"                                                          // want `real Medicare Beneficiary Identifier .*assigned to Beneficiary.MBI`
	_ = Beneficiary{MedicareNumber: "9AA0A00AA00"}                                   // want `in Beneficiary.MedicareNumber`
}

func lookup(nhsNumber string) {}

func demoNHSNumber() string {
	return "4857773457" // want `returned by demoNHSNumber`
}

// Look-alikes that stay clean.
func clean(p *Patient, b *Beneficiary) {
	_ = Order{Number: "4010232137"} // an order number that passes Modulus 11
	orderID := "4010232137"
	fmt.Println(orderID, "4010232137")
	_ = Patient{NHSNumber: "9990000018"} // the 999 range is for testing
	_ = Patient{NHSNumber: "9434765919"} // the NHS's published example, in the 9 range
	_ = Patient{NHSNumber: "5000000005"} // not allocated
	_ = Patient{NHSNumber: "4010232136"} // wrong check digit
	_ = Patient{Phone: "7012345675"}     // a phone number in a marked field
	p.SSN = "078-05-1120"                // advertising
	p.SSN = "987-65-4321"                // never issued
	p.SSN = "123-45-6789"                // the stock example
	b.MBI = "1EG4-TE5-MK73"              // CMS's example
	_ = Identifier{System: "urn:order", Value: "4010232137"}
	_ = Referral{NHSNumber: "NHS 4010232137"} // not the bare number
	p.NHSNumber = "4010232137"                //phi:ignore the demo patient's number, published with consent
	//phi:ignore the demo patient's number, published with consent
	p.NHSNumber = "4010232137"
}
