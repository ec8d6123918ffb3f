// Package handlers returns responses for package envelope to write.
package handlers

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"example.com/funcresults/envelope"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

type Store struct{}

//phi:source direct
func (s *Store) Patient(id string) Patient { return Patient{ID: id} }

//phi:check
func Consent(r *http.Request) bool { return r.Header.Get("X-Consent") != "" }

type Patients struct{ store *Store }

// Get returns the record as it is.
func (h *Patients) Get(r *http.Request) envelope.Response {
	return envelope.Response{Code: http.StatusOK, Data: h.store.Patient(r.URL.Query().Get("id"))}
}

// GetConsented returns the record only once the check has passed.
func (h *Patients) GetConsented(r *http.Request) envelope.Response {
	if !Consent(r) {
		return envelope.Response{Code: http.StatusForbidden}
	}
	p := h.store.Patient(r.URL.Query().Get("id"))
	return envelope.Response{Code: http.StatusOK, Data: p}
}

// GetID returns the surrogate key only.
func (h *Patients) GetID(r *http.Request) envelope.Response {
	p := h.store.Patient(r.URL.Query().Get("id"))
	return envelope.Response{Code: http.StatusOK, Data: p.ID}
}

// Echo returns what the caller sent.
func (h *Patients) Echo(r *http.Request) envelope.Response {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return envelope.Response{Code: http.StatusBadRequest}
	}
	return envelope.Response{Code: http.StatusOK, Data: p}
}

// List returns the records as a value for envelope.Wrap.
func (h *Patients) List(r *http.Request) ([]Patient, error) {
	return []Patient{h.store.Patient("1"), h.store.Patient("2")}, nil
}

// Find fails with an error that names the patient.
func (h *Patients) Find(r *http.Request) (string, error) {
	p := h.store.Patient(r.URL.Query().Get("id"))
	if !Consent(r) {
		return "", fmt.Errorf("no consent from %s", p.Name)
	}
	return p.ID, nil
}

// Count fails with an error that names no one.
func (h *Patients) Count(r *http.Request) (int, error) {
	return 0, errors.New("not counted")
}

// Lookup is a declared function returning a record.
func Lookup(r *http.Request) envelope.Response {
	var s Store
	return envelope.Response{Code: http.StatusOK, Data: s.Patient("1")}
}
