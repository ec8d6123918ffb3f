// Package jsonmap: a record encoded and decoded back into a generic map
// (as validators and mappers do) holds each field's data under that
// field's JSON name: reading another key reads nothing of the record's
// marked fields, while the whole map, a range over it or a key not known
// gives them all (contract §3: an encoded record is identifiable by its
// marked fields).
package jsonmap

import (
	"encoding/json"
	"log"
)

type Observation struct {
	ResourceType string  `json:"resourceType"`
	Status       string  `json:"status,omitempty"`
	Value        float64 `json:"value" phi:"clinical"`
	BirthDate    string  `json:"dob,omitempty" phi:"indirect"`
	Note         string  `json:"-" phi:"clinical"`
}

func RoundTrip(obs *Observation, k string) {
	b, err := json.Marshal(obs)
	if err != nil {
		return
	}
	var m map[string]interface{}
	if err := json.Unmarshal(b, &m); err != nil {
		return
	}
	log.Print(m["resourceType"], m["status"]) // clean: unmarked fields' keys
	log.Print(m["BirthDate"], m["Note"])      // clean: the record writes them under other names, or not at all
	log.Print(m["value"])                     // want `Observation.Value \(clinical\) reaches log sink log.Print`
	log.Print(m["dob"])                       // want `Observation.BirthDate \(indirect\) reaches log sink log.Print`
	log.Print(m)                              // want `Observation.Value \(clinical\), Observation.BirthDate \(indirect\) reaches log sink log.Print`
	log.Print(m[k])                           // want `Observation.Value \(clinical\), Observation.BirthDate \(indirect\) reaches log sink log.Print`
	for _, v := range m {
		log.Print(v) // want `Observation.Value \(clinical\), Observation.BirthDate \(indirect\) reaches log sink log.Print`
	}
}

// Literal: a record built here holds what it is given, under each key.
func Literal(p *Patient) {
	b, _ := json.Marshal(Observation{ResourceType: p.ID, Status: p.Name})
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	log.Print(m["resourceType"], m["dob"]) // clean: given a surrogate key, and nothing
	log.Print(m["status"])                 // want `Patient.Name \(direct\) reaches log sink log.Print`
}

type Patient struct {
	ID   string `json:"id"`
	Name string `json:"name" phi:"direct"`
}

// Encounter nests a record by value and by pointer, and embeds one.
type Encounter struct {
	Base
	Kind    string   `json:"kind"`
	Subject Patient  `json:"subject"`
	Author  *Patient `json:"author,omitempty"`
	Body    any      `json:"body"`
}

type Base struct {
	Site  string `json:"site"`
	Notes string `json:"notes" phi:"clinical"`
}

func Nested(e *Encounter, p *Patient) {
	e.Body = p
	b, _ := json.Marshal(e)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	log.Print(m["kind"], m["site"]) // clean: unmarked members, one promoted from the embedded struct
	log.Print(m["subject"])         // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(m["author"])          // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(m["body"])            // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(m["notes"])           // want `Base.Notes \(clinical\) reaches log sink log.Print`
	if s, ok := m["subject"].(map[string]any); ok {
		log.Print(s["name"]) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// Coarse: where the members are not the fields of one struct type in
// sight, every key holds the whole document.
type Tagged struct {
	*Base
	Kind string `json:"kind"`
}

type Custom struct {
	Kind string `json:"kind"`
	Name string `json:"name" phi:"direct"`
}

func (c Custom) MarshalJSON() ([]byte, error) { return []byte(`{"kind":"` + c.Name + `"}`), nil }

func Coarse(t *Tagged, c Custom, ps map[string]Patient) {
	var m map[string]any
	b, _ := json.Marshal(t)
	_ = json.Unmarshal(b, &m)
	log.Print(m["kind"]) // want `Base.Notes \(clinical\) reaches log sink log.Print`

	b, _ = json.Marshal(c)
	var n map[string]any
	_ = json.Unmarshal(b, &n)
	log.Print(n["kind"]) // want `Custom.Name \(direct\) reaches log sink log.Print`

	b, _ = json.Marshal(ps)
	var q map[string]any
	_ = json.Unmarshal(b, &q)
	log.Print(q["p1"]) // want `Patient.Name \(direct\) reaches log sink log.Print`

}

// Generic: a helper that round-trips any value gives its caller the whole
// document under every key.
func Generic(obs *Observation) {
	log.Print(toMap(obs)["resourceType"]) // want `Observation.Value \(clinical\), Observation.BirthDate \(indirect\) reaches log sink log.Print`
}

func toMap(v any) map[string]any {
	b, _ := json.Marshal(v)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return m
}

// Helper: bytes made elsewhere may hold anything under any key.
func Helper(obs *Observation) {
	var m map[string]any
	_ = json.Unmarshal(Encode(obs), &m)
	log.Print(m["resourceType"]) // want `Observation.Value \(clinical\), Observation.BirthDate \(indirect\) reaches log sink log.Print`
}

func Encode(obs *Observation) []byte {
	b, _ := json.Marshal(obs)
	return b
}
