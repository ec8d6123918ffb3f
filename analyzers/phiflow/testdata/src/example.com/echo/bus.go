package echo

import (
	"encoding/json"
	"log"
	"net/http"
)

// A service that announces what it saves on a bus, then hands the saved
// record back: the handler that decoded the record may answer with it.

type Event struct {
	Kind string
	Data any
}

type Bus struct{ events chan Event }

func (b *Bus) Announce(v any) { b.events <- Event{Kind: "saved", Data: v} }

type Service struct {
	bus  *Bus
	last *Patient
}

// Save stores p, announces it and returns the stored copy.
func (s Service) Save(p Patient) (*Patient, error) {
	p.ID = "p-1"
	s.bus.Announce(&p)
	return &p, nil
}

// SaveBeside returns a record built from p and one the service kept.
func (s Service) SaveBeside(p Patient) (*Patient, error) {
	out := &Patient{ID: p.ID, Name: s.last.Name}
	return out, nil
}

func Announced(w http.ResponseWriter, r *http.Request, s Service) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	saved, err := s.Save(p)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(saved) // clean: the caller's own record, whatever the bus did with it
	log.Printf("saved %v", saved)    // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

func AnnouncedBeside(w http.ResponseWriter, r *http.Request, s Service) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	out, _ := s.SaveBeside(p)
	json.NewEncoder(w).Encode(out) // want `Patient.Name \(direct\).* is sent in a response`
}

// SentHere sends the decoded record on a channel in the handler itself.
func SentHere(w http.ResponseWriter, r *http.Request, saved chan<- *Patient) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	saved <- &p
	json.NewEncoder(w).Encode(&p) // clean: sent to a worker, answered unchanged
}

// Decoded into a pointer variable (a **Patient to the decoder) and
// answered inside a map.
func Wrapped(w http.ResponseWriter, r *http.Request) {
	p := &Patient{}
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"patient": p}) // clean: the caller's own record
}

func WrappedLoaded(w http.ResponseWriter, id string) {
	p := LoadPatient(id)
	json.NewEncoder(w).Encode(map[string]any{"patient": p}) // want `Patient.Name \(direct\).* is sent in a response`
}

// WrappedRewritten hands the map to code phivet cannot see, which may
// put any record in it.
func WrappedRewritten(w http.ResponseWriter, r *http.Request, rewrite func(map[string]any)) {
	p := &Patient{}
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	m := map[string]any{"patient": p}
	rewrite(m)
	json.NewEncoder(w).Encode(m) // want `Patient.Name \(direct\).* is sent in a response`
}
