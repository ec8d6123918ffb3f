// Package redactreview has the cases where a cleared field does not
// clear the data: the field's data is still in what is printed, copied
// elsewhere before the clear, held by another record of the same type,
// or written back by a deferred call.
package redactreview

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
	// Guardian is another patient: its fields are named as this one's.
	Guardian *Patient `json:"guardian"`
}

//phi:source clinical
func Load(id string) *Patient { return &Patient{ID: id} }

// CopiedFirst moves the name to an unmarked field, then clears the
// marked one: the name is still sent.
func CopiedFirst(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Ward = p.Name
	p.Name = ""
	p.Diagnosis = ""
	p.Guardian = nil
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\)`
}

// LoggedBeside keeps the name, clears it in the record and logs both:
// the name is logged.
func LoggedBeside(r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	name := p.Name
	p.Name = ""
	p.Diagnosis = ""
	p.Guardian = nil
	log.Printf("redacted %s: %+v", name, p) // want `Patient.Name \(direct\)`
}

// PrintedBeside is LoggedBeside through Println's operands.
func PrintedBeside(r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	name := p.Name
	p.Name = ""
	p.Diagnosis = ""
	p.Guardian = nil
	log.Println(name, p) // want `Patient.Name \(direct\)`
}

// show logs a name beside a record.
func show(name string, p *Patient) {
	log.Println(name, p)
}

// ThroughHelper is PrintedBeside through a helper.
func ThroughHelper(r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	name := p.Name
	p.Name = ""
	p.Diagnosis = ""
	p.Guardian = nil
	show(name, p) // want `Patient.Name \(direct\)`
}

// GuardianKept clears the patient's own name only: its guardian's name
// is sent.
func GuardianKept(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Name = ""
	p.Diagnosis = ""
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\)`
}

// restore writes a name back.
func (p *Patient) restore(name string) { p.Name = name }

// hideBriefly clears the name, and a deferred call puts it back before
// it returns: a caller's record still holds it.
func (p *Patient) hideBriefly() {
	defer p.restore(p.Name)
	p.Name = ""
}

// hideInClosure is hideBriefly with a deferred closure.
func (p *Patient) hideInClosure() {
	name := p.Name
	defer func() { p.Name = name }()
	p.Name = ""
}

func AfterDeferred(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Diagnosis = ""
	p.Guardian = nil
	p.hideBriefly()
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\)`
}

func AfterDeferredClosure(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Diagnosis = ""
	p.Guardian = nil
	p.hideInClosure()
	_ = json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\)`
}

// Cleared is the must-stay-clean case beside them: every marked field
// and the guardian cleared, nothing else holding the name.
func Cleared(w http.ResponseWriter, r *http.Request) {
	p := Load(r.URL.Query().Get("id"))
	p.Name = ""
	p.Diagnosis = ""
	p.Guardian = nil
	_ = json.NewEncoder(w).Encode(p)
}

type Visit struct {
	Name string `json:"name" phi:"direct"`
	With any    `json:"with"`
}

//phi:source direct
func LoadVisit(id string) *Visit { return &Visit{} }

// OtherInAny clears a visit's name, but another visit held in a field
// of type any keeps its own: labels do not tell the two apart.
func OtherInAny(w http.ResponseWriter, r *http.Request) {
	v := LoadVisit(r.URL.Query().Get("id"))
	v.With = LoadVisit(r.URL.Query().Get("with"))
	v.Name = ""
	_ = json.NewEncoder(w).Encode(v) // want `Visit.Name \(direct\)`
}
