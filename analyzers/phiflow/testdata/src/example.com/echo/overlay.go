package echo

import (
	"encoding/json"
	"net/http"
)

// An update handler loads the stored record, decodes the request body
// over it and answers with the result. The decode sets only the members
// the body holds: every other field keeps what was stored, so the answer
// discloses the stored record. Decoded into a record the handler made,
// or one a constructor returns empty, the answer holds only the request.

type Records struct{ byID map[string]*Patient }

// Find returns the stored record.
func (rs *Records) Find(id string) (*Patient, error) { return rs.byID[id], nil }

// Blank returns a new, empty record.
func Blank() *Patient { return &Patient{} }

func UpdateLoaded(w http.ResponseWriter, r *http.Request) {
	p := LoadPatient(r.URL.Query().Get("id"))
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(p) // want `is sent in a response by \(\*json.Encoder\).Encode`
}

func UpdateFound(w http.ResponseWriter, r *http.Request, rs *Records) {
	p, err := rs.Find(r.URL.Query().Get("id"))
	if err != nil {
		return
	}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response by \(\*json.Encoder\).Encode`
}

func CreateBlank(w http.ResponseWriter, r *http.Request) {
	p := Blank()
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(p)
}

func CreateNew(w http.ResponseWriter, r *http.Request) {
	p := new(Patient)
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(p)
}

// A helper decoding through the pointer it is passed (readBody) overlays
// the request on a loaded record just the same.
func UpdateFoundByHelper(w http.ResponseWriter, r *http.Request, rs *Records) {
	p, err := rs.Find(r.URL.Query().Get("id"))
	if err != nil {
		return
	}
	if err := readBody(r, p); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response by \(\*json.Encoder\).Encode`
}

func CreateNewByHelper(w http.ResponseWriter, r *http.Request) {
	p := new(Patient)
	if err := readBody(r, p); err != nil {
		return
	}
	_ = json.NewEncoder(w).Encode(p)
}
