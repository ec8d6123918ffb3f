package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// GORM's Scopes runs functions on the query: a tenant's WHERE or a page's
// LIMIT loads no association, a scope's Preload does. A scope out of
// sight (a list passed on whole) may load anything.

// tenantScope restricts a query to one tenant.
func tenantScope(tenant int) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		if tenant != 0 {
			return db.Where("tenant_id = ?", tenant)
		}
		return db
	}
}

// firstPage limits a query to its first page.
func firstPage(db *gorm.DB) *gorm.DB { return db.Limit(20) }

// withPatientScope loads each device's patient.
func withPatientScope(db *gorm.DB) *gorm.DB { return db.Preload("Patient") }

func ScopedDevices(w http.ResponseWriter, r *http.Request) {
	var d Device
	DB.Scopes(tenantScope(1), firstPage).First(&d)
	json.NewEncoder(w).Encode(d) // clean: the scopes load no association
	var loaded Device
	DB.Scopes(tenantScope(1), withPatientScope).First(&loaded)
	json.NewEncoder(w).Encode(loaded) // want `Patient.Name \(direct\).* is sent in a response`
}

func ScopedBy(w http.ResponseWriter, r *http.Request, scopes []func(*gorm.DB) *gorm.DB) {
	var d Device
	DB.Scopes(scopes...).First(&d)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}
