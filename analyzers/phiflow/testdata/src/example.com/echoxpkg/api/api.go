// Package api answers searches with records another package reads from
// the database: a search term from the request does not make them the
// caller's own. Records the caller sent, copied by that package, are.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/echoxpkg/store"
)

type SearchRequest struct {
	LastName string `json:"last_name"`
}

// SearchBody filters by a term decoded from the body.
func SearchBody(w http.ResponseWriter, r *http.Request) {
	var req SearchRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	ps, err := store.Search(req.LastName)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ps) // want `Patient.FirstName \(direct\), Patient.Diagnosis \(clinical\) is sent in a response`
}

// SearchQuery filters by a term from the query string.
func SearchQuery(w http.ResponseWriter, r *http.Request) {
	ps, err := store.Search(r.URL.Query().Get("last_name"))
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ps) // want `Patient.FirstName \(direct\), Patient.Diagnosis \(clinical\) is sent in a response`
}

// Import answers with the normalized copy of the records it was sent.
func Import(w http.ResponseWriter, r *http.Request) {
	var in []store.Patient
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	json.NewEncoder(w).Encode(store.Normalize(in)) // clean: the caller's own records, copied
}
