// Package redact has the cases of records whose identifiable fields are
// cleared before they are sent: a field that holds a constant on every
// path to the sink holds nothing identifiable there, whether the handler
// clears it or a method it calls does.
package redact

import (
	"encoding/json"
	"log"
	"net/http"
)

type Patient struct {
	ID        string
	Ward      string
	Name      string `json:"name" phi:"direct"`
	Diagnosis string `json:"diagnosis" phi:"clinical"`
}

//phi:source clinical
func Load(id string) *Patient { return &Patient{ID: id} }

// Redact clears every identifiable field.
func (p *Patient) Redact() {
	p.Name = ""
	p.Diagnosis = ""
}

// HideName clears the name only.
func (p *Patient) HideName() { p.Name = "" }

// MaybeRedact clears the name only when asked.
func (p *Patient) MaybeRedact(hide bool) {
	if hide {
		p.Name = ""
	}
}

func InPlace(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Name = ""
	p.Diagnosis = ""
	_ = json.NewEncoder(w).Encode(p)
}

func ByMethod(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Redact()
	_ = json.NewEncoder(w).Encode(p)
}

func NameByMethod(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.HideName()
	_ = json.NewEncoder(w).Encode(p) // want `^Patient.Diagnosis \(clinical\) is sent`
}

func WhenAsked(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.MaybeRedact(r.URL.Query().Has("hide"))
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\)`
}

func NotRedacted(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	_ = json.NewEncoder(w).Encode(p) // want `^Patient.Name \(direct\), Patient.Diagnosis \(clinical\) is sent`
}

//phi:source direct
func StoredName(id string) string { return "name-" + id }

func OneBranch(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	if r.URL.Query().Has("hide") {
		p.Name = ""
	}
	p.Diagnosis = ""
	_ = json.NewEncoder(w).Encode(p) // want `^Patient.Name \(direct\) is sent`
}

func ClearedThenSet(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Redact()
	p.Name = StoredName(p.ID)
	_ = json.NewEncoder(w).Encode(p) // want `^Patient.Name \(direct\) is sent`
}

func ClearedThenFilled(w http.ResponseWriter, r *http.Request, fill func(*Patient)) {
	p := Load(r.URL.Query().Get("id"))
	p.Redact()
	fill(p)
	_ = json.NewEncoder(w).Encode(p) // want `^Patient.Name \(direct\), Patient.Diagnosis \(clinical\) is sent`
}

func send(w http.ResponseWriter, p *Patient) {
	_ = json.NewEncoder(w).Encode(p)
}

func ClearedThenHelper(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.HideName()
	send(w, p) // want `^Patient.Diagnosis \(clinical\) is sent`
	p.Redact()
	send(w, p)
}

// A loop clearing each element of a slice is not followed: the field is
// cleared in memory one element at a time, and the slice's elements
// share one location.
func ClearedInLoop(w http.ResponseWriter, r *http.Request, ids []string) {
	ps := make([]*Patient, 0, len(ids))
	for _, id := range ids {
		ps = append(ps, Load(id))
	}
	for _, p := range ps {
		p.Redact()
	}
	_ = json.NewEncoder(w).Encode(ps) // want `Patient.Name \(direct\)`
}

// A copy cleared is not the record: the stored record is sent whole.
func ClearedCopy(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	c := *p
	c.Name = ""
	c.Diagnosis = ""
	_ = json.NewEncoder(w).Encode(p) // want `^Patient.Name \(direct\), Patient.Diagnosis \(clinical\) is sent`
	_ = json.NewEncoder(w).Encode(c)
}

func Logged(r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	log.Println(p) // want `^Patient.Name \(direct\), Patient.Diagnosis \(clinical\) reaches log sink`
	p.Redact()
	log.Println(p)
	log.Printf("%v", p)
	log.Printf("%v %v", p, Load(p.ID)) // want `^Patient.Name \(direct\), Patient.Diagnosis \(clinical\) reaches log sink`
}
