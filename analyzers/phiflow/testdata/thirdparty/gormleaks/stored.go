package gormleaks

import (
	"encoding/json"
	"log"
	"net/http"

	"gorm.io/gorm"
)

// Writes of a model put back only what GORM generates (keys, timestamps,
// defaults): a record built from the request it is serving stays the
// caller's own once stored.

func Created(w http.ResponseWriter, r *http.Request, db *gorm.DB) {
	var in Patient
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	p := Patient{Name: in.Name, NHSNumber: in.NHSNumber}
	if err := db.Create(&p).Error; err != nil {
		return
	}
	json.NewEncoder(w).Encode(p) // clean: the caller's own record, with its new key
	log.Printf("created %v", p)  // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

func Saved(w http.ResponseWriter, r *http.Request, db *gorm.DB) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	db.Save(&p)
	db.Model(&p).Updates(&p)
	json.NewEncoder(w).Encode(&p) // clean
}

func SavedLoaded(w http.ResponseWriter, r *http.Request, db *gorm.DB) {
	var in Patient
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	var p Patient
	db.First(&p, in.ID)
	p.Name = in.Name
	db.Save(&p)
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}
