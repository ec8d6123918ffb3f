// Package sched signs what a slot was offered for into a token handed
// back with the slot: the policy record holds what its caller puts in it.
package sched

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
)

// Search is what a caller asks slots for.
type Search struct {
	Office string
	DOB    string `phi:"indirect"`
}

// Policy is signed into a slot's token.
type Policy struct {
	OfficeID string
	DOB      string `phi:"indirect"`
}

type Slot struct {
	Start string
	Token string
}

// Sign encodes the policy, signed: exported, so its callers say whose
// policy it is.
func Sign(secret string, p Policy) (string, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return "", err
	}
	enc := base64.RawURLEncoding.EncodeToString(body)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(enc))
	return enc + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil)), nil
}

type Service struct{ secret string }

// Offer signs a slot for the office and DOB the caller passes.
func (s *Service) Offer(q Search) (Slot, error) {
	return s.offer(q.Office, q.DOB)
}

// offer fills the policy's marked field from dob alone; the office goes
// to a field that is not marked.
func (s *Service) offer(office, dob string) (Slot, error) {
	tok, err := Sign(s.secret, Policy{OfficeID: office, DOB: dob})
	if err != nil {
		return Slot{}, err
	}
	return Slot{Start: "09:00", Token: tok}, nil
}
