// Package model holds the clinic's patient records.
//
// Identifiable fields are marked with phi struct tags so that phivet can
// follow them. Patient.Phone is marked in phivet.yaml instead, the way a
// field of a generated type would be.
package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// NHSNumber is a patient's ten-digit NHS number.
//
//phi:source direct
type NHSNumber string

// String masks every digit, so an NHSNumber printed by mistake shows nothing.
func (n NHSNumber) String() string { return "NHS ***-***-****" }

// Valid reports whether n has ten digits and a correct modulus-11 check digit.
func (n NHSNumber) Valid() bool {
	s := strings.ReplaceAll(string(n), " ", "")
	if len(s) != 10 {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		sum += int(c-'0') * (10 - i)
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check != 10 && s[9] == byte('0'+check)
}

// Address is a postal address.
type Address struct {
	Line1    string `json:"line1" phi:"direct"`
	Line2    string `json:"line2,omitempty" phi:"direct"`
	Town     string `json:"town" phi:"indirect"`
	Postcode string `json:"postcode" phi:"indirect"`
}

// Patient is one registered patient.
type Patient struct {
	ID         string    `json:"id"` // surrogate key: not identifiable on its own
	NHSNumber  NHSNumber `json:"nhs_number"`
	Name       string    `json:"name" phi:"direct"`
	BirthDate  time.Time `json:"birth_date" phi:"indirect"`
	Sex        string    `json:"sex" phi:"indirect"`
	Phone      string    `json:"phone"` // marked in phivet.yaml
	Email      string    `json:"email,omitempty" phi:"direct"`
	Address    Address   `json:"address" phi:"direct"`
	GPPractice string    `json:"gp_practice" phi:"indirect"`
	Diagnoses  []string  `json:"diagnoses" phi:"clinical"`
	Notes      string    `json:"-" phi:"clinical"` // free text, never sent to clients
	Active     bool      `json:"active"`
}

// Pseudonym returns a stable research pseudonym for the patient: a truncated
// salted hash of the NHS number. phivet.yaml declares it a sanitizer.
func (p *Patient) Pseudonym(salt string) string {
	sum := sha256.Sum256([]byte(salt + string(p.NHSNumber)))
	return "P-" + hex.EncodeToString(sum[:6])
}

// Referral asks a specialist service to see a patient.
type Referral struct {
	ID        string    `json:"id"`
	NHSNumber NHSNumber `json:"nhs_number"`
	Specialty string    `json:"specialty"`
	Reason    string    `json:"reason" phi:"clinical"`
	Urgent    bool      `json:"urgent"`
}

// Appointment is a booked clinic slot. Its notes stay on the server.
type Appointment struct {
	ID        string    `json:"id"`
	PatientID string    `json:"patient_id" phi:"-"` // surrogate key, explicitly not identifiable
	Clinic    string    `json:"clinic"`
	Slot      time.Time `json:"slot"`
	Notes     string    `json:"-" phi:"clinical"`
}
