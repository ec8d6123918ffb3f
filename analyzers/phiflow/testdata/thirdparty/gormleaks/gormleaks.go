package gormleaks

import (
	"context"
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Unloaded: a query that names no association leaves it empty.
func Unloaded(w http.ResponseWriter, dial gorm.Dialector) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var d Device
	db.First(&d, 7)
	json.NewEncoder(w).Encode(d)
	var ds []Device
	db.Where("serial like ?", "A%").Order("id").Find(&ds)
	json.NewEncoder(w).Encode(ds)
	var wards []*Ward
	db.Limit(10).Find(&wards)
	json.NewEncoder(w).Encode(wards)
	b := &Bed{}
	db.Take(b)
	json.NewEncoder(w).Encode(b)
	made := make([]Device, 0, len(ds))
	db.Find(&made)
	json.NewEncoder(w).Encode(made)
	lit := []Device{}
	db.Find(&lit)
	json.NewEncoder(w).Encode(lit)
	var last Device
	db.WithContext(context.Background()).Last(&last)
	json.NewEncoder(w).Encode(last.Patient)
}

// OtherAssociation: loading an association that holds nothing (or one
// whose own associations are not loaded) leaves the model's patients
// empty.
func OtherAssociation(w http.ResponseWriter, dial gorm.Dialector) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var c Clinic
	db.Preload("Maker").Preload("Visits").First(&c)
	json.NewEncoder(w).Encode(c)
	var raw []Device
	db.Joins("JOIN makers ON makers.id = devices.id").Find(&raw)
	json.NewEncoder(w).Encode(raw)
}

// Preloaded: a query that names the association loads it.
func Preloaded(w http.ResponseWriter, dial gorm.Dialector) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var d Device
	db.Preload("Patient").First(&d)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
	var b Bed
	db.Joins("Patient").Where("beds.id = ?", 3).Take(&b)
	json.NewEncoder(w).Encode(b) // want `Patient.Name \(direct\).* is sent in a response`
	var wards []Ward
	db.Preload(clause.Associations).Find(&wards)
	json.NewEncoder(w).Encode(wards) // want `Patient.Name \(direct\).* is sent in a response`
	var c Clinic
	db.Preload("Visits.Patient").First(&c)
	json.NewEncoder(w).Encode(c) // want `Patient.Name \(direct\).* is sent in a response`
}

// PreloadBranch: a query that names the association on one path loads
// it there.
func PreloadBranch(w http.ResponseWriter, dial gorm.Dialector, full bool) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	q := db.Where("id > ?", 0)
	if full {
		q = q.Preload("Patient")
	}
	var ds []Device
	q.Find(&ds)
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

// PreloadCondition: a function run on the association's query may load
// more below it.
func PreloadCondition(w http.ResponseWriter, dial gorm.Dialector) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var c Clinic
	db.Preload("Visits", func(tx *gorm.DB) *gorm.DB { return tx.Preload("Patient") }).First(&c)
	json.NewEncoder(w).Encode(c) // want `Patient.Name \(direct\).* is sent in a response`
}

// AssociationFind: loading the association itself.
func AssociationFind(w http.ResponseWriter, dial gorm.Dialector) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var d Device
	db.First(&d)
	db.Model(&Device{ID: d.ID}).Association("Patient").Find(&d.Patient)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// Assigned: the code puts a patient into the association.
func Assigned(w http.ResponseWriter, dial gorm.Dialector, p Patient) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var d Device
	db.First(&d)
	d.Patient = p
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// FromParameter: a query from elsewhere may have been told to preload.
func FromParameter(w http.ResponseWriter, db *gorm.DB) {
	var d Device
	db.First(&d)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// SerializedColumn: a column holding a patient is loaded with the row.
func SerializedColumn(w http.ResponseWriter, dial gorm.Dialector) {
	db, err := gorm.Open(dial)
	if err != nil {
		return
	}
	var s Summary
	db.First(&s)
	json.NewEncoder(w).Encode(s) // want `Patient.Name \(direct\).* is sent in a response`
}
