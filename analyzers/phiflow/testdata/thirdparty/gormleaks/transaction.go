package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// A transaction runs its function with a session of the query it was
// started on: the handle loads what that query loads, and no more.

func InTransaction(w http.ResponseWriter, s *deviceStore) {
	var ds []Device
	_ = s.db.Transaction(func(tx *gorm.DB) error {
		return tx.Where("serial like ?", "A%").Find(&ds).Error
	})
	json.NewEncoder(w).Encode(ds) // clean: no query loads the patients
}

func InPreloadedTransaction(w http.ResponseWriter, s *deviceStore) {
	var ds []Device
	_ = s.db.Preload("Patient").Transaction(func(tx *gorm.DB) error {
		return tx.Find(&ds).Error
	})
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

func PreloadInTransaction(w http.ResponseWriter, s *deviceStore) {
	var ds []Device
	_ = s.db.Transaction(func(tx *gorm.DB) error {
		return tx.Preload("Patient").Find(&ds).Error
	})
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

// FromTransactionParameter: a function given a transaction's handle by
// its caller may be given a query that loads anything.
func FromTransactionParameter(w http.ResponseWriter, tx *gorm.DB) {
	var ds []Device
	tx.Find(&ds)
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}
