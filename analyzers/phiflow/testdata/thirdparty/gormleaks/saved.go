package gormleaks

import (
	"encoding/json"
	"log"
	"net/http"

	"gorm.io/gorm"
)

// A service behind an interface builds a model from the request it is
// handed, saves it through a repository that calls GORM's Create (which
// writes only the generated key into it), and answers with a response
// built from the model: the answer is the caller's own (contract §3);
// logging it is a disclosure.

type PatientInput struct {
	Name string `json:"name" phi:"direct"`
}

type PatientView struct {
	ID   uint   `json:"id"`
	Name string `json:"name" phi:"direct"`
}

func viewOf(p *Patient) *PatientView { return &PatientView{ID: p.ID, Name: p.Name} }

type Patients interface{ Save(p *Patient) error }

type gormPatients struct{ db *gorm.DB }

func (r *gormPatients) Save(p *Patient) error { return r.db.Create(p).Error }

type Registrar struct{ repo Patients }

func NewRegistrar(db *gorm.DB) *Registrar { return &Registrar{repo: &gormPatients{db: db}} }

func (s *Registrar) Register(in *PatientInput) (*PatientView, error) {
	p := &Patient{Name: in.Name}
	if err := s.repo.Save(p); err != nil {
		return nil, err
	}
	return viewOf(p), nil
}

func Register(w http.ResponseWriter, r *http.Request, s *Registrar) {
	var in PatientInput
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	view, _ := s.Register(&in)
	json.NewEncoder(w).Encode(view)    // the caller's own name, saved and answered
	log.Printf("registered %+v", view) // want `PatientView.Name \(direct\).* reaches log sink log.Printf`
}
