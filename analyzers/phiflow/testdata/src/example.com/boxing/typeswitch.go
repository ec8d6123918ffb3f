package boxing

import (
	"encoding/json"
	"net/http"
)

// A builder taking any reads a patient's fields only in its Patient
// branch: a call boxing another type cannot have them read.

type Clinician struct {
	ID        string
	Specialty string
}

type Visit struct {
	ID      string
	Patient Patient
}

type Card struct {
	ID        string
	NHS       string
	Specialty string
}

func NewCard(a any) Card {
	switch v := a.(type) {
	case Patient:
		return Card{ID: v.ID, NHS: v.NHS}
	case Clinician:
		return Card{ID: v.ID, Specialty: v.Specialty}
	default:
		return Card{}
	}
}

type Directory interface {
	Clinician(id string) Clinician
	Patient(id string) Patient
	Visit(id string) Visit
}

func Cards(w http.ResponseWriter, r *http.Request, d Directory, a any) {
	id := r.PathValue("id")
	json.NewEncoder(w).Encode(NewCard(d.Clinician(id))) // clean: a clinician is no patient
	json.NewEncoder(w).Encode(NewCard(d.Patient(id)))   // want `Patient.NHS \(direct\) is sent in a response`
	// A visit holds a patient: its data is kept, though NewCard has no
	// Visit branch.
	json.NewEncoder(w).Encode(NewCard(d.Visit(id))) // want `Patient.NHS \(direct\) is sent in a response`
	json.NewEncoder(w).Encode(NewCard(a))           // want `Patient.NHS \(direct\) is sent in a response`
}
