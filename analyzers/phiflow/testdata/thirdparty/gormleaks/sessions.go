package gormleaks

import (
	"context"
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// A handle taken back out of an interface (the session a middleware
// keeps in the request's context, a tenant's schema) is a connection as
// a field's is: a query started from it loads only the associations
// named on the way. So is a local a closure captures, which holds what
// is stored into it; a helper's Preload still counts.

type sessionKey struct{}

// sessionOf is the request's session, set by a middleware.
func sessionOf(r *http.Request) (*gorm.DB, bool) {
	db, ok := r.Context().Value(sessionKey{}).(*gorm.DB)
	return db, ok
}

// WithSession is the middleware.
func WithSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, DB.Session(&gorm.Session{}))))
	})
}

// withPatient loads each device's patient.
func withPatient(db *gorm.DB) *gorm.DB { return db.Preload("Patient") }

func FromContext(w http.ResponseWriter, r *http.Request) {
	db, ok := sessionOf(r)
	if !ok {
		return
	}
	var d Device
	db.First(&d)
	json.NewEncoder(w).Encode(d) // clean: no association loaded
	var loaded Device
	db.Preload("Patient").First(&loaded)
	json.NewEncoder(w).Encode(loaded) // want `Patient.Name \(direct\).* is sent in a response`
	var helped Device
	withPatient(db).First(&helped)
	json.NewEncoder(w).Encode(helped) // want `Patient.Name \(direct\).* is sent in a response`
}

func FromContextValue(w http.ResponseWriter, r *http.Request) {
	db := r.Context().Value(sessionKey{}).(*gorm.DB)
	var ds []Device
	db.Where("serial <> ''").Find(&ds)
	json.NewEncoder(w).Encode(ds) // clean
}

func CapturedLocal(w http.ResponseWriter, r *http.Request) {
	db, _ := sessionOf(r)
	var d Device
	db.First(&d)
	go func() { db.Exec("UPDATE devices SET seen = now()") }()
	json.NewEncoder(w).Encode(d) // clean: the captured session loads nothing more
}

func CapturedPreloaded(w http.ResponseWriter, r *http.Request) {
	db, _ := sessionOf(r)
	db = db.Preload("Patient")
	var d Device
	db.First(&d)
	go func() { db.Exec("UPDATE devices SET seen = now()") }()
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

func PreloadedInClosure(w http.ResponseWriter, r *http.Request) {
	db, _ := sessionOf(r)
	func() { db = db.Preload("Patient") }()
	var d Device
	db.First(&d)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}
