package echo

import (
	"encoding/json"
	"log"
	"net/http"
)

// A service behind an interface builds its model from the request DTO
// the handler passes it, then maps the model to a response DTO with a
// helper: every byte of the response is the caller's own, as if the
// handler had built it itself. A model the service fills from elsewhere,
// or data the service holds, is not.

type Visit struct {
	ID    string
	Notes string `phi:"clinical"`
}

type VisitRequest struct {
	Notes string `json:"notes" phi:"clinical"`
}

type VisitResponse struct {
	ID    string `json:"id"`
	Notes string `json:"notes" phi:"clinical"`
}

func visitResponse(v *Visit) *VisitResponse {
	return &VisitResponse{ID: v.ID, Notes: v.Notes}
}

type Visits interface {
	Create(req *VisitRequest) (*VisitResponse, error)
}

// visitService builds the model from the request only.
type visitService struct{ last *Visit }

func NewVisits() Visits { return &visitService{} }

func (s *visitService) Create(req *VisitRequest) (*VisitResponse, error) {
	v := &Visit{ID: "v-1", Notes: req.Notes}
	return visitResponse(v), nil
}

// keptVisits answers with the model it kept from an earlier call.
type keptVisits struct{ last *Visit }

func (s *keptVisits) Create(req *VisitRequest) (*VisitResponse, error) {
	v := &Visit{ID: "v-2", Notes: s.last.Notes}
	return visitResponse(v), nil
}

// mixedVisits fills the model from the request, then overwrites a field
// through a call.
type mixedVisits struct{}

func (mixedVisits) Create(req *VisitRequest) (*VisitResponse, error) {
	v := &Visit{ID: "v-3", Notes: req.Notes}
	fillFromChart(v)
	return visitResponse(v), nil
}

func fillFromChart(v *Visit) { v.Notes = chartNotes(v.ID) }

//phi:source clinical
func chartNotes(id string) string { return "" }

func CreateVisit(w http.ResponseWriter, r *http.Request, svc *visitService) {
	var req VisitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	resp, _ := svc.Create(&req)
	json.NewEncoder(w).Encode(resp) // clean: built from the caller's own request
	log.Printf("created %+v", resp) // want `VisitResponse.Notes \(clinical\).* reaches log sink log.Printf`
}

func CreateVisitThrough(w http.ResponseWriter, r *http.Request, svc Visits) {
	var req VisitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	resp, _ := svc.Create(&req)
	json.NewEncoder(w).Encode(resp) // want `VisitResponse.Notes \(clinical\).* is sent in a response`
}

func CreateVisitKept(w http.ResponseWriter, r *http.Request, svc *keptVisits) {
	var req VisitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	resp, _ := svc.Create(&req)
	json.NewEncoder(w).Encode(resp) // want `VisitResponse.Notes \(clinical\).* is sent in a response`
}

func CreateVisitMixed(w http.ResponseWriter, r *http.Request, svc mixedVisits) {
	var req VisitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	resp, _ := svc.Create(&req)
	json.NewEncoder(w).Encode(resp) // want `VisitResponse.Notes \(clinical\).* is sent in a response`
}

// An interface whose one implementation builds its answer from the
// request only: the answer is the caller's own through the interface too.
type Intakes interface {
	Take(req *VisitRequest) (*VisitResponse, error)
}

type intakeService struct{ log *log.Logger }

func (s *intakeService) Take(req *VisitRequest) (*VisitResponse, error) {
	v := &Visit{ID: "i-1", Notes: req.Notes}
	return visitResponse(v), nil
}

func CreateIntake(w http.ResponseWriter, r *http.Request, svc Intakes) {
	var req VisitRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	resp, _ := svc.Take(&req)
	json.NewEncoder(w).Encode(resp) // clean: the one implementation answers with the caller's own notes
}
