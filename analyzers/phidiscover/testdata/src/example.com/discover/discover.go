// Package discover exercises PHI3001.
package discover

import (
	"time"

	"example.com/discover/types"
)

// Patient is a person's record: bare words count here.
type Patient struct {
	ID          string
	Name        string    // want `Patient.Name looks identifiable \(person's name\) but is not marked: tag it phi:"direct", or phi:"-" if it is not identifiable \(PHI3001\)`
	DateOfBirth time.Time // want `Patient.DateOfBirth looks identifiable \(date of birth\).*phi:"indirect"`
	NHS         types.NHSNumber
	Contacts    []types.Contact
	Kin         *types.Contact
	Email       string `json:"email" phi:"direct"`
	Postcode    string `phi:"-"`
	Address2    string // want `\(address\)`
	Notes       string // want `\(clinical notes\)`
	Nums        string `json:"nhs_number"`                                            // want `Patient.Nums looks identifiable \(NHS number\)`
	Proto       string `protobuf:"bytes,1,opt,name=first_name,json=firstName,proto3"` // want `\(person's name\)`
	Ward        string `db:"gp_practice"`                                             // want `\(GP or GP practice\)`
	UserName    string
	FileName    string
	Active      bool
	Diagnoses   []string //phi:ignore the field is always empty in this demo
	//phi:source clinical
	Allergies   []string
	Religion    string // in the config below
	Ethnicity   string // marked "-" in the config
	Sex, Gender string // want `Patient.Sex looks` `Patient.Gender looks`
	_           string
	time.Location
}

// Server is not a person and holds nothing identifiable by name alone:
// bare words do not count, and do not make each other count.
type Server struct {
	Name           string
	Address        string
	Email          string
	Notes          string
	HostName       string
	Conditions     []string
	Chi            float64
	zip            []byte
	EmailAddresses []string
}

// Lookup is not named for a person, but specific words are flagged in any
// struct.
type Lookup struct {
	Postcode          string   // want `Lookup.Postcode looks identifiable \(postcode or ZIP code\)`
	SSN               string   // want `\(social security number\)`
	PatientNumber     string   // want `\(medical record number\)`
	NextOfKin         string   // want `\(next of kin\)`
	Medications       []string // want `\(medication\)`
	GenderIdentity    string   // want `\(gender identity\)`
	SexualOrientation string   // want `\(sexual orientation\)`
	CHINumber         string   // want `\(CHI number\)`
	HCNumber          string   // want `\(H&C number\)`
	MRN               string   // want `\(medical record number\)`
}

var anon = struct {
	Surname string // want `struct.Surname looks identifiable`
}{}

func local() {
	type referral struct {
		Phone string // want `referral.Phone looks identifiable \(phone number\)`
	}
	_ = referral{}
}
