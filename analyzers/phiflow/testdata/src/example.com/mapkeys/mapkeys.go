// Package mapkeys: a map's values stored under constant keys are apart,
// so reading one key does not give what another holds; reading every
// value (a range, a key not known, the whole map) gives them all.
package mapkeys

import (
	"encoding/json"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
	Age  int    `phi:"indirect"`
}

func Literal(p *Patient) {
	m := map[string]any{"id": p.ID, "name": p.Name}
	log.Print(m["id"])
	log.Print(m["name"]) // want `Patient.Name \(direct\) reaches log sink log.Print`
	if v, ok := m["id"]; ok {
		log.Print(v)
	}
	if v, ok := m["name"]; ok {
		log.Print(v) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
	log.Print(m) // want `Patient.Name \(direct\) reaches log sink log.Print`
	b, _ := json.Marshal(m)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func Assigned(p *Patient) {
	m := map[string]string{}
	m["id"] = p.ID
	m["name"] = p.Name
	log.Print(m["id"])
	log.Print(m["name"]) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// Ints: integer keys are constant keys too.
func Ints(p *Patient) {
	m := map[int]any{1: p.ID, 2: p.Age}
	log.Print(m[1])
	log.Print(m[2]) // want `Patient.Age \(indirect\) reaches log sink log.Print`
}

// Ranged: a range reads every value.
func Ranged(p *Patient) {
	m := map[string]any{"id": p.ID, "name": p.Name}
	for _, v := range m {
		log.Print(v) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// Unknown: a key not known at the read, or at the write, may be any.
func Unknown(p *Patient, k string) {
	m := map[string]any{"id": p.ID, "name": p.Name}
	log.Print(m[k]) // want `Patient.Name \(direct\) reaches log sink log.Print`
	n := map[string]any{"id": p.ID}
	n[k] = p.Name
	log.Print(n["id"]) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// Deleted: a deleted key's value is still taken as there (no kill).
func Deleted(p *Patient) {
	m := map[string]any{"id": p.ID, "name": p.Name}
	delete(m, "name")
	log.Print(m) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// Passed: a helper reading one key reads only that key of its
// argument; one reading every value reads them all.
func Passed(p *Patient) {
	m := map[string]string{"id": p.ID, "name": p.Name}
	logID(m)
	logName(m) // want `Patient.Name \(direct\) reaches log sink log.Print`
	logAll(m)  // want `Patient.Name \(direct\) reaches log sink log.Print`
	LogID(m)
}

func logID(m map[string]string)   { log.Print(m["id"]) }
func logName(m map[string]string) { log.Print(m["name"]) }
func logAll(m map[string]string) {
	for k, v := range m {
		log.Print(k, v)
	}
}

// LogID is exported: judged in its own body, and its fact says it reads
// only the key "id".
func LogID(m map[string]string) { log.Print(m["id"]) }

// Structs: a map of structs keeps its elements at one path.
type entry struct{ id, name string }

func Structs(p *Patient) {
	m := map[string]entry{"a": {p.ID, p.Name}}
	log.Print(m["a"].id)
	log.Print(m["a"].name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// Held: a map held in a variable or field keeps its keys apart too: the
// map read from there holds, as a value, only what is stored around it.
type holder struct{ attrs map[string]string }

func Held(p *Patient, h *holder) {
	h.attrs = map[string]string{}
	h.attrs["id"] = p.ID
	h.attrs["name"] = p.Name
	log.Print(h.attrs["id"])
	log.Print(h.attrs["name"]) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(h.attrs)         // want `Patient.Name \(direct\) reaches log sink log.Print`
}
