package store

import "example.com/ehr/model"

type Store struct{ byID map[string]*model.Patient }

func (s *Store) GetPatient(id string) (*model.Patient, error) { return s.byID[id], nil }

// WardOf is not a source.
func (s *Store) WardOf(id string) string { return "A&E" }

func ContactFor(id string) *model.Contact { return &model.Contact{} }

// LastCaller is the name of the last patient who phoned.
var LastCaller string
