package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// A query a helper builds loads what the helper names and what the query
// it was given loads. A query stored into a package variable keeps
// loading what it names for the queries started from the variable later.

// Sites is the service's connection, set up once.
var Sites *gorm.DB

// withOwners is a connection every query of which preloads the patient,
// once SetUpSites has run.
var withOwners *gorm.DB

func SetUpSites(dial gorm.Dialector) error {
	db, err := gorm.Open(dial)
	if err != nil {
		return err
	}
	Sites = db
	withOwners = Sites.Preload("Patient")
	return nil
}

// scoped adds a condition only.
func scoped(db *gorm.DB) *gorm.DB { return db.Where("serial <> ''") }

// owned loads each device's patient.
func (d *Device) owned(db *gorm.DB) *gorm.DB { return db.Preload("Patient") }

// FromHelper: a helper naming no association leaves the patient empty,
// through the variable and through a local copy of it.
func FromHelper(w http.ResponseWriter) {
	var ds []Device
	scoped(Sites).Find(&ds)
	json.NewEncoder(w).Encode(ds)
	db := Sites
	var copied []Device
	scoped(db).Order("id").Find(&copied)
	json.NewEncoder(w).Encode(copied)
}

// FromLoadingHelper: a helper naming the patient loads it, and so does a
// variable a preloading query was stored into.
func FromLoadingHelper(w http.ResponseWriter) {
	var d Device
	d.owned(Sites).First(&d)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
	var stored []Device
	scoped(withOwners).Find(&stored)
	json.NewEncoder(w).Encode(stored) // want `Patient.Name \(direct\).* is sent in a response`
	db := withOwners
	var copied Device
	db.First(&copied)
	json.NewEncoder(w).Encode(copied) // want `Patient.Name \(direct\).* is sent in a response`
}
