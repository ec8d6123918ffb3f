// Package consent decides whether a patient's record may be disclosed.
package consent

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"example.com/clinic/model"
)

// Purpose is why a record is being disclosed.
type Purpose string

// The purposes the clinic discloses records for.
const (
	DirectCare Purpose = "direct-care"
	Referral   Purpose = "referral"
	Research   Purpose = "research"
)

// ErrNoRelationship means the clinician is not in the patient's care team.
var ErrNoRelationship = errors.New("consent: no legitimate relationship")

// ErrNoAgreement means a GP practice has not signed a data-sharing agreement.
var ErrNoAgreement = errors.New("consent: no data-sharing agreement")

var (
	mu         sync.RWMutex
	optedOut   = map[string]map[Purpose]bool{} // patient ID -> purposes refused
	careTeams  = map[string]map[string]bool{}  // clinician -> patient IDs
	agreements = map[string]bool{"Y00001": true}
)

// OptOut records that the patient refuses disclosure for purpose.
func OptOut(patientID string, purpose Purpose) {
	mu.Lock()
	defer mu.Unlock()
	if optedOut[patientID] == nil {
		optedOut[patientID] = map[Purpose]bool{}
	}
	optedOut[patientID][purpose] = true
}

// JoinCareTeam adds clinician to the care team of the patient.
func JoinCareTeam(clinician, patientID string) {
	mu.Lock()
	defer mu.Unlock()
	if careTeams[clinician] == nil {
		careTeams[clinician] = map[string]bool{}
	}
	careTeams[clinician][patientID] = true
}

// Allowed reports whether p's record may be disclosed for purpose.
//
//phi:check
func Allowed(p *model.Patient, purpose Purpose) bool {
	if p == nil || !p.Active {
		return false
	}
	mu.RLock()
	defer mu.RUnlock()
	return !optedOut[p.ID][purpose]
}

// Verify returns nil when clinician has a legitimate relationship with the
// patient. Its errors name the clinician and the surrogate ID only.
//
//phi:check
func Verify(ctx context.Context, clinician string, p *model.Patient) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	mu.RLock()
	defer mu.RUnlock()
	if !careTeams[clinician][p.ID] {
		return fmt.Errorf("%w: %s and record %s", ErrNoRelationship, clinician, p.ID)
	}
	return nil
}

// SharingAgreement returns nil when the GP practice has signed a data-sharing
// agreement with the clinic. phivet.yaml declares it a check.
func SharingAgreement(practice string) error {
	mu.RLock()
	defer mu.RUnlock()
	if !agreements[practice] {
		return fmt.Errorf("%w with practice %s", ErrNoAgreement, practice)
	}
	return nil
}
