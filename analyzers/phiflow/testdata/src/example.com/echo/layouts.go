package echo

import (
	"encoding/json"
	"net/http"
	"time"
)

// A date the caller sent is tried against several layouts in a loop, and
// the record built from the request is answered back: the layouts are
// constants, so what the loop parses is still only the caller's own.
// A list that also holds a name read from the store makes the record
// hold that name.

type Lead struct {
	ID        string
	Name      string     `phi:"direct"`
	BirthDate *time.Time `phi:"indirect"`
}

type LeadRequest struct {
	Name      string `json:"name"`
	BirthDate string `json:"birth_date"`
}

func CreateLead(w http.ResponseWriter, r *http.Request) {
	var req LeadRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	var born *time.Time
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2006-01-02T15:04:05Z07:00"} {
		if t, err := time.Parse(layout, req.BirthDate); err == nil {
			born = &t
			break
		}
	}
	lead := Lead{Name: req.Name, BirthDate: born}
	_ = json.NewEncoder(w).Encode(lead)
}

func CreateLeadAliased(w http.ResponseWriter, r *http.Request) {
	var req LeadRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	name := req.Name
	for _, alias := range []string{req.Name, LookupName(req.Name)} {
		if alias != "" {
			name = alias
		}
	}
	lead := Lead{Name: name}
	_ = json.NewEncoder(w).Encode(lead) // want `Lead.Name \(direct\).* is sent in a response`
}
