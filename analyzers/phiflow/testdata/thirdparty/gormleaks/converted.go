package gormleaks

import (
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// A repository returns a model its query loaded nothing identifiable
// into, and the handler hands the model's association to a converter:
// the converter reads the patient's marked fields, but of a patient no
// query loaded, so nothing identifiable reaches the answer.

type deviceStore struct{ db *gorm.DB }

func (s *deviceStore) byID(id uint) (*Device, error) {
	var d Device
	if err := s.db.First(&d, id).Error; err != nil {
		return nil, err
	}
	return &d, nil
}

func (s *deviceStore) withPatient(id uint) (*Device, error) {
	var d Device
	if err := s.db.Preload("Patient").First(&d, id).Error; err != nil {
		return nil, err
	}
	return &d, nil
}

type ownerDTO struct {
	Name string `json:"name"`
}

func ownerView(p Patient) ownerDTO { return ownerDTO{Name: p.Name} }

func ownerViews(ps []Patient) []ownerDTO {
	out := make([]ownerDTO, 0, len(ps))
	for _, p := range ps {
		out = append(out, ownerView(p))
	}
	return out
}

func DeviceOwner(w http.ResponseWriter, s *deviceStore) {
	d, err := s.byID(7)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ownerView(d.Patient)) // clean: the association was not loaded
}

func DeviceOwnerLoaded(w http.ResponseWriter, s *deviceStore) {
	d, err := s.withPatient(7)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ownerView(d.Patient)) // want `Patient.Name \(direct\).* is sent in a response`
}

func WardPatients(w http.ResponseWriter, s *deviceStore) {
	var ward Ward
	s.db.First(&ward, 3)
	json.NewEncoder(w).Encode(ownerViews(ward.Patients)) // clean: not preloaded
	var full Ward
	s.db.Preload("Patients").First(&full, 3)
	json.NewEncoder(w).Encode(ownerViews(full.Patients)) // want `Patient.Name \(direct\).* is sent in a response`
}

func EmptyLiteral(w http.ResponseWriter, given Patient) {
	json.NewEncoder(w).Encode(ownerView(Patient{ID: 4})) // clean: nothing identifiable put there
	json.NewEncoder(w).Encode(ownerView(given))          // want `Patient.Name \(direct\).* is sent in a response`
}
