package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// A marked column read through associations: the column holds data only
// where every association on the way is loaded (contract §3, what a
// record can hold). A booking's schedule's doctor's account is loaded by
// naming it in full; a shorter nested Preload, or none, leaves it empty.

type account struct {
	ID    uint
	Email string `phi:"direct"`
}

type clinician struct {
	ID        uint
	AccountID uint
	Account   account
}

type slot struct {
	ID          uint
	ClinicianID uint
	Clinician   clinician
}

type booking struct {
	ID     uint
	SlotID uint
	Slot   slot
}

type contact struct {
	Email string `json:"email"`
}

// bookings queries from its connection, as a repository does.
type bookings struct{ db *gorm.DB }

// BookingContactShortPreload preloads the clinician, not the account.
func (s *bookings) BookingContactShortPreload(w http.ResponseWriter) {
	var b booking
	if err := s.db.Preload("Slot.Clinician").First(&b, 1).Error; err != nil {
		return
	}
	json.NewEncoder(w).Encode(contact{Email: b.Slot.Clinician.Account.Email})
}

// BookingContactNoPreload loads the booking's columns only.
func (s *bookings) BookingContactNoPreload(w http.ResponseWriter) {
	var b booking
	if err := s.db.First(&b, 1).Error; err != nil {
		return
	}
	json.NewEncoder(w).Encode(contact{Email: b.Slot.Clinician.Account.Email})
}

// BookingContactFullPreload loads the account: its e-mail is sent.
func (s *bookings) BookingContactFullPreload(w http.ResponseWriter) {
	var b booking
	if err := s.db.Preload("Slot.Clinician.Account").First(&b, 1).Error; err != nil {
		return
	}
	json.NewEncoder(w).Encode(contact{Email: b.Slot.Clinician.Account.Email}) // want "PHI1003"
}

// BookingContactAssigned: the code fills the account itself.
func (s *bookings) BookingContactAssigned(w http.ResponseWriter, a account) {
	var b booking
	if err := s.db.First(&b, 1).Error; err != nil {
		return
	}
	b.Slot.Clinician.Account = a
	json.NewEncoder(w).Encode(contact{Email: b.Slot.Clinician.Account.Email}) // want "PHI1003"
}
