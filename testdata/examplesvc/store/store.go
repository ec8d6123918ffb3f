// Package store keeps the patient register in memory.
//
// GetPatient is declared a source in phivet.yaml rather than by a directive,
// as it would be for a store generated from a database schema.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"os"
	"sort"
	"sync"
	"time"

	"example.com/clinic/model"
)

// ErrNotFound is returned for an unknown patient or appointment.
var ErrNotFound = errors.New("store: not found")

// Store is an in-memory patient register.
type Store struct {
	mu     sync.RWMutex
	byID   map[string]*model.Patient
	index  map[model.NHSNumber]string // patient ID by NHS number
	appts  map[string]model.Appointment
	nextID int
}

// New returns an empty Store.
func New() *Store {
	return &Store{
		byID:  map[string]*model.Patient{},
		index: map[model.NHSNumber]string{},
		appts: map[string]model.Appointment{},
	}
}

// Register adds p to the register and gives it a surrogate ID.
func (s *Store) Register(p *model.Patient) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id, dup := s.index[p.NHSNumber]; dup {
		existing := s.byID[id]
		return fmt.Errorf("store: NHS number already registered to %s", existing.Name)
	}
	s.nextID++
	p.ID = fmt.Sprintf("pt-%04d", s.nextID)
	p.Active = true
	s.byID[p.ID] = p
	s.index[p.NHSNumber] = p.ID
	return nil
}

// GetPatient returns the patient with the given surrogate ID.
func (s *Store) GetPatient(id string) (*model.Patient, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	p, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("patient %q: %w", id, ErrNotFound)
	}
	return p, nil
}

// FindByNHS returns the patient with NHS number n.
func (s *Store) FindByNHS(n model.NHSNumber) (*model.Patient, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	id, ok := s.index[n]
	if !ok {
		return nil, ErrNotFound
	}
	return s.byID[id], nil
}

// List returns every patient, ordered by ID.
func (s *Store) List() []*model.Patient {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*model.Patient, 0, len(s.byID))
	for _, p := range s.byID {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Discharge marks the patient inactive.
func (s *Store) Discharge(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("store: discharge %s: %w", id, ErrNotFound)
	}
	p.Active = false
	log.Printf("store: discharged %+v", p) // leak: PHI1001 a leftover debug line prints the whole record
	return nil
}

// Snapshot writes every record to path as JSON so that a restart can reload
// them.
func (s *Store) Snapshot(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(s.List()) // leak: PHI1002 whole records written to disk, unchecked and unaudited
}

// AddAppointment books a slot.
func (s *Store) AddAppointment(a model.Appointment) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.appts[a.ID] = a
}

// Appointment returns the appointment with the given ID.
func (s *Store) Appointment(id string) (model.Appointment, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, ok := s.appts[id]
	if !ok {
		return model.Appointment{}, fmt.Errorf("appointment %q: %w", id, ErrNotFound)
	}
	return a, nil
}

// AppointmentsOn returns the appointments on the same calendar day as day.
func (s *Store) AppointmentsOn(day time.Time) []model.Appointment {
	s.mu.RLock()
	defer s.mu.RUnlock()
	y, m, d := day.Date()
	var out []model.Appointment
	for _, a := range s.appts {
		if ay, am, ad := a.Slot.Date(); ay == y && am == m && ad == d {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slot.Before(out[j].Slot) })
	return out
}
