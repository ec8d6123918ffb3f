package gormleaks

import (
	"encoding/json"
	"net/http"
)

// A query call written as a statement changes the query GORM's chain
// call returned: a Preload there loads the association for the Find
// that follows; a dropped condition loads none.

func DroppedPreload(w http.ResponseWriter, r *http.Request) {
	db := DB.Model(&Device{}).Where("serial <> ''")
	db.Preload("Patient")
	var ds []Device
	db.Find(&ds)
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

func DroppedCondition(w http.ResponseWriter, r *http.Request) {
	db := DB.Model(&Device{})
	db.Where("serial <> ''").Order("id")
	var ds []Device
	db.Find(&ds)
	json.NewEncoder(w).Encode(ds) // clean: no association loaded
}
