package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// A handle a service keeps (a repository's field, a package variable, a
// handler closure's capture) is a connection: a query starts from it, and
// loads only the associations named on the way to the load.

var DB *gorm.DB

type DeviceRepo struct{ db *gorm.DB }

func (r *DeviceRepo) List() ([]Device, error) {
	var out []Device
	err := r.db.Where("serial <> ''").Find(&out).Error
	return out, err
}

func (r *DeviceRepo) ListWithPatients() ([]Device, error) {
	var out []Device
	err := r.db.Preload("Patient").Find(&out).Error
	return out, err
}

func FromField(w http.ResponseWriter, r *DeviceRepo) {
	ds, _ := r.List()
	json.NewEncoder(w).Encode(ds) // clean: no association loaded
	loaded, _ := r.ListWithPatients()
	json.NewEncoder(w).Encode(loaded) // want `Patient.Name \(direct\).* is sent in a response`
}

func FromGlobal(w http.ResponseWriter) {
	var ds []Device
	DB.Find(&ds)
	json.NewEncoder(w).Encode(ds) // clean
	var loaded []Device
	DB.Preload("Patient").Find(&loaded)
	json.NewEncoder(w).Encode(loaded) // want `Patient.Name \(direct\).* is sent in a response`
}

func FromCapture(db *gorm.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ds []Device
		db.Find(&ds)
		json.NewEncoder(w).Encode(ds) // clean
	}
}
