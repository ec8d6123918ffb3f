// Package clinic is a fixture for phivet explain: a check whose failure
// branch does not return, and one whose failure branch does.
package clinic

import (
	"errors"
	"log"
)

// Patient is a patient record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// mayDisclose returns nil when the patient's record may be disclosed.
//
//phi:check
func mayDisclose(p *Patient) error {
	if p.ID == "" {
		return errors.New("no consent on record")
	}
	return nil
}

// Lenient logs the refusal and goes on: the check guards nothing.
func Lenient(p *Patient) {
	if err := mayDisclose(p); err != nil {
		log.Printf("consent missing for record %s", p.ID)
	}
	log.Printf("opened %s", p.Name) // leak: PHI1001
}

// Strict stops when the check fails.
func Strict(p *Patient) {
	if err := mayDisclose(p); err != nil {
		return
	}
	log.Printf("opened %s", p.Name)
}

// Gate is an authoriser: its method is the check, called through the
// interface.
type Gate interface {
	//phi:check
	Allow(p *Patient) error
}

// Optional checks only when a gate is configured: the nil gate goes
// around the check.
func Optional(g Gate, p *Patient) {
	if g != nil {
		if err := g.Allow(p); err != nil {
			return
		}
	}
	log.Printf("opened %s", p.Name) // leak: PHI1001
}

// recordDisclosure records that a patient's record was disclosed.
//
//phi:audit
func recordDisclosure(id string) {}

// AuditedAfter records the disclosure after it, on every path to the
// return: the audit holds (contract §3).
func AuditedAfter(p *Patient) {
	log.Printf("opened %s", p.Name)
	recordDisclosure(p.ID)
}

// AuditedSometimes records it after, on one path only.
func AuditedSometimes(p *Patient, quiet bool) {
	log.Printf("opened %s", p.Name) // leak: PHI1001
	if quiet {
		return
	}
	recordDisclosure(p.ID)
}
