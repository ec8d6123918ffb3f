// Package api answers slot searches with tokens signed over what the
// search asked: the caller's own DOB in its own token is no disclosure;
// a stored one is.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/echotoken/sched"
)

type handlers struct {
	svc *sched.Service
	// dobs are the dates of birth patients registered, by patient id.
	dobs map[string]string
	// last is the last search made, by office.
	last map[string]sched.Search
}

// search signs the DOB the caller sent.
func (h handlers) search(w http.ResponseWriter, r *http.Request) {
	var q sched.Search
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		return
	}
	slot, err := h.svc.Offer(q)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(slot) // clean: the caller's own DOB, signed
}

// searchRegistered signs the DOB registered for the patient id the
// caller sent.
func (h handlers) searchRegistered(w http.ResponseWriter, r *http.Request) {
	q := sched.Search{Office: r.URL.Query().Get("office"), DOB: h.dobs[r.URL.Query().Get("patient")]}
	slot, err := h.svc.Offer(q)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(slot) // want `Policy.DOB \(indirect\) is sent in a response`
}

// searchCached signs the DOB of the last search made at the office the
// caller names: another caller's.
func (h handlers) searchCached(w http.ResponseWriter, r *http.Request) {
	slot, err := h.svc.Offer(h.last[r.URL.Query().Get("office")])
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(slot) // want `Policy.DOB \(indirect\) is sent in a response`
}

func Routes(svc *sched.Service) {
	h := handlers{svc: svc, dobs: map[string]string{}, last: map[string]sched.Search{}}
	http.HandleFunc("/search", h.search)
	http.HandleFunc("/search/registered", h.searchRegistered)
	http.HandleFunc("/search/cached", h.searchCached)
}
