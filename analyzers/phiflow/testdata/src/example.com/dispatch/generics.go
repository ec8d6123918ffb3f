package dispatch

import (
	"encoding/json"
	"log"
	"net/http"
)

// A generic repository implements the instance of a generic interface
// its callers hold: Repository[*Prescription] reaches
// (*memRepo[*Prescription]).Create, whose summary the call applies.

type Repository[T any] interface {
	Create(v T) (T, error)
	Save(v T) error
}

type memRepo[T any] struct{ items []T }

// Create keeps the value and hands it back.
func (m *memRepo[T]) Create(v T) (T, error) {
	m.items = append(m.items, v)
	return v, nil
}

// Save logs what it saves.
func (m *memRepo[T]) Save(v T) error {
	log.Printf("saving %+v", v)
	return nil
}

// Numbered needs its values to be numbers: it implements no instance
// over records.
type Numbered[T ~int] struct{}

func (Numbered[T]) Create(v T) (T, error) { return v, nil }
func (Numbered[T]) Save(v T) error        { log.Printf("saving %d", v); return nil }

//phi:source clinical
func LoadPrescription(id string) *Prescription { return &Prescription{ID: id} }

type PrescriptionAPI struct{ repo Repository[*Prescription] }

func NewPrescriptionAPI() *PrescriptionAPI {
	return &PrescriptionAPI{repo: &memRepo[*Prescription]{}}
}

// Create answers with the record it decoded, handed back by the store.
func (a *PrescriptionAPI) Create(w http.ResponseWriter, r *http.Request) {
	var p Prescription
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	out, err := a.repo.Create(&p)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(out) // clean: the caller's own record, handed back
}

// Touch saves a stored record: the generic store logs it.
func (a *PrescriptionAPI) Touch(id string) error {
	return a.repo.Save(LoadPrescription(id)) // want `Prescription.Drug \(clinical\).* reaches log sink log.Printf`
}
