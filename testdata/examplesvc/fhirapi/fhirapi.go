// Package fhirapi accepts and serves the register's patients as FHIR R4
// Patient resources, built with samply's golang-fhir-models. The FHIR types
// need no lines in phivet.yaml: phivet's fhir pack marks them (run
// `phivet -explain packs` to see how).
package fhirapi

import (
	"encoding/json"
	"log"
	"log/slog"
	"net/http"
	"strings"

	"github.com/samply/golang-fhir-models/fhir-models/fhir"

	"example.com/clinic/consent"
	"example.com/clinic/model"
	"example.com/clinic/store"
)

// Handler serves /fhir/Patient.
type Handler struct {
	Store *store.Store
	Log   *slog.Logger
	mux   *http.ServeMux
}

// New returns the FHIR facade's handler.
func New(st *store.Store, logger *slog.Logger) *Handler {
	h := &Handler{Store: st, Log: logger, mux: http.NewServeMux()}
	h.mux.HandleFunc("POST /fhir/Patient", h.createPatient)
	h.mux.HandleFunc("GET /fhir/Patient/{id}", h.readPatient)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// createPatient registers the Patient resource in the request body.
func (h *Handler) createPatient(w http.ResponseWriter, r *http.Request) {
	var res fhir.Patient
	if err := json.NewDecoder(r.Body).Decode(&res); err != nil || len(res.Name) == 0 || res.Name[0].Family == nil {
		http.Error(w, "want a Patient resource with a family name", http.StatusBadRequest)
		return
	}
	log.Printf("fhir: registering %s", *res.Name[0].Family) // leak: PHI1001 the fhir pack marks Patient.Name
	p := &model.Patient{Name: *res.Name[0].Family}
	if err := h.Store.Register(p); err != nil {
		http.Error(w, "the patient is already registered", http.StatusConflict)
		return
	}
	res.Id = &p.ID
	h.Log.Info("fhir: patient registered", "id", *res.Id, "meta", res.Meta) // clean: the logical id and the metadata are surrogate keys
	w.Header().Set("Location", "/fhir/Patient/"+p.ID)                       // clean: the logical id only
	w.WriteHeader(http.StatusCreated)
}

// readPatient returns a patient's Patient resource to a clinician.
func (h *Handler) readPatient(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	res := toFHIR(p)
	h.Log.Info("fhir: read", "gender", res.Gender) // leak: PHI1001 Patient.Gender is marked by the pack
	if !consent.Allowed(p, consent.DirectCare) {
		http.Error(w, "the patient has opted out", http.StatusForbidden)
		return
	}
	w.Header().Set("Content-Type", "application/fhir+json")
	json.NewEncoder(w).Encode(res) // clean: only reached when consent.Allowed returned true
}

// toFHIR renders a register entry as a Patient resource.
func toFHIR(p *model.Patient) fhir.Patient {
	family, given, _ := strings.Cut(p.Name, " ")
	gender := fhir.AdministrativeGenderUnknown
	switch p.Sex {
	case "F":
		gender = fhir.AdministrativeGenderFemale
	case "M":
		gender = fhir.AdministrativeGenderMale
	}
	birth := p.BirthDate.Format("2006-01-02")
	return fhir.Patient{
		Id:        &p.ID,
		Name:      []fhir.HumanName{{Family: &family, Given: []string{given}}},
		Gender:    &gender,
		BirthDate: &birth,
	}
}
