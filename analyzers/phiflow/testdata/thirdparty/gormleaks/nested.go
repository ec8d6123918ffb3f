package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"

	"example.com/thirdparty/gormleaks/nestedrepo"
)

// A preload loads the association it names and no deeper: after
// Preload("Patient") an appointment's patient holds its own columns but
// not its user, which Preload("Patient.User") (or a preload the
// patient's query is given) loads.

// Account is a patient's user.
type Account struct {
	ID    uint
	Name  string `json:"name" phi:"direct"`
	Email string `json:"email" phi:"direct"`
}

// Holder has marked columns of its own and an association to its
// account.
type Holder struct {
	ID        uint
	Notes     string `json:"notes" phi:"direct"`
	AccountID uint
	Account   Account
}

// Booking belongs to a holder.
type Booking struct {
	ID       uint
	HolderID uint
	Holder   Holder
}

// Bookings is a service keeping its connection.
type Bookings struct{ db *gorm.DB }

// NestedUnloaded: the holder is loaded, its account is not.
func (s *Bookings) NestedUnloaded(w http.ResponseWriter) {
	db := s.db
	var bs []Booking
	db.Preload("Holder").Find(&bs)
	json.NewEncoder(w).Encode(bs) // want `^Holder.Notes \(direct\) is sent`
	var b Booking
	db.Joins("Holder").First(&b)
	json.NewEncoder(w).Encode(b) // want `^Holder.Notes \(direct\) is sent`
}

// NestedLoaded: a nested preload loads the account too.
func (s *Bookings) NestedLoaded(w http.ResponseWriter) {
	db := s.db
	var bs []Booking
	db.Preload("Holder.Account").Find(&bs)
	json.NewEncoder(w).Encode(bs) // want `Account.Name \(direct\), Holder.Notes`
}

// holderPath names the nested association a query preloads.
func holderPath(db *gorm.DB, path string) *gorm.DB { return db.Preload(path) }

// NestedThroughArgument: the path handed to a helper.
func (s *Bookings) NestedThroughArgument(w http.ResponseWriter) {
	db := s.db
	var bs []Booking
	holderPath(db, "Holder.Account").Find(&bs)
	json.NewEncoder(w).Encode(bs) // want `Account.Name \(direct\), Holder.Notes`
}

// NestedAcrossPackages: the repository's queries decide what is loaded.
func NestedAcrossPackages(w http.ResponseWriter, r *nestedrepo.Repo) {
	appts, err := r.WithPatients()
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(appts) // want `^Patient.Notes \(direct\) is sent`
	full, err := r.WithUsers()
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(full) // want `Patient.Notes \(direct\), User.Email`
	one, err := r.JoinedPatient(3)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(one) // want `^Patient.Notes \(direct\) is sent`
}

// NestedInCallback: the holder's query is given a preload of its own.
func (s *Bookings) NestedInCallback(w http.ResponseWriter) {
	db := s.db
	var bs []Booking
	db.Preload("Holder", func(tx *gorm.DB) *gorm.DB { return tx.Preload("Account") }).Find(&bs)
	json.NewEncoder(w).Encode(bs) // want `Account.Name \(direct\), Holder.Notes`
}
