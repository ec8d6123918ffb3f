// Package api serves the clinic's patient register over HTTP.
package api

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"strings"

	"example.com/clinic/audit"
	"example.com/clinic/consent"
	"example.com/clinic/model"
	"example.com/clinic/notify"
	"example.com/clinic/obs"
	"example.com/clinic/redact"
	"example.com/clinic/referral"
	"example.com/clinic/store"
)

// Deps are what the handlers need.
type Deps struct {
	Store     *store.Store
	Audit     *audit.Recorder
	Referrals *referral.Client
	Outbox    *referral.Outbox
	Gateway   *notify.Gateway
	Log       *slog.Logger
}

// Handler routes the API's requests.
type Handler struct {
	Deps
	mux *http.ServeMux
}

// New returns the API handler.
func New(d Deps) *Handler {
	h := &Handler{Deps: d, mux: http.NewServeMux()}
	h.mux.HandleFunc("GET /patients", h.listPatients)
	h.mux.HandleFunc("POST /patients", h.createPatient)
	h.mux.HandleFunc("GET /patients/search", h.searchByNHS)
	h.mux.HandleFunc("GET /patients/{id}", h.getPatient)
	h.mux.HandleFunc("GET /patients/{id}/card", h.patientCard)
	h.mux.HandleFunc("GET /patients/{id}/consent", h.consentStatus)
	h.mux.HandleFunc("POST /patients/{id}/admit", h.admit)
	h.mux.HandleFunc("POST /patients/{id}/discharge", h.discharge)
	h.mux.HandleFunc("POST /patients/{id}/referrals", h.refer)
	h.mux.HandleFunc("POST /patients/{id}/results-ready", h.resultsReady)
	h.mux.HandleFunc("GET /appointments/{id}", h.getAppointment)
	h.mux.HandleFunc("POST /appointments/{id}/remind", h.remind)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// clinician is the authenticated clinician, set by the gateway in front.
func clinician(r *http.Request) string { return r.Header.Get("X-Clinician") }

// listPatients returns the register as surrogate IDs and initials.
func (h *Handler) listPatients(w http.ResponseWriter, r *http.Request) {
	type row struct {
		ID    string `json:"id"`
		Label string `json:"label"`
	}
	rows := []row{}
	for _, p := range h.Store.List() {
		rows = append(rows, row{ID: p.ID, Label: redact.Name(p.Name)})
	}
	obs.Debug("patients.listed", len(rows)) // clean: a count is not identifiable
	writeJSON(w, http.StatusOK, rows)       // clean: surrogate IDs and sanitized initials only
}

// createPatient registers the patient in the request body.
func (h *Handler) createPatient(w http.ResponseWriter, r *http.Request) {
	var p model.Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "malformed patient record", http.StatusBadRequest)
		return
	}
	if !p.NHSNumber.Valid() {
		log.Printf("create: rejected NHS number %v", p.NHSNumber) // clean: NHSNumber.String masks every digit
		http.Error(w, "invalid NHS number", http.StatusBadRequest)
		return
	}
	if err := h.Store.Register(&p); err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // leak: PHI1003 the store's error names the patient already registered
		return
	}
	log.Printf("create: registered %s", redact.Name(p.Name))        // clean: sanitized
	h.Log.Info("patient registered", "id", p.ID)                    // clean: the surrogate ID is not identifiable
	w.Header().Set("Location", "/patients/"+p.ID)                   // clean: surrogate ID only
	writeJSON(w, http.StatusCreated, map[string]string{"id": p.ID}) // clean: surrogate ID only
}

// getPatient returns a patient's record to a clinician.
func (h *Handler) getPatient(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound) // clean: a source's error result is not identifiable; it names the requested ID only
		return
	}
	if !consent.Allowed(p, consent.DirectCare) {
		http.Error(w, "the patient has opted out", http.StatusForbidden)
		return
	}
	defer h.Audit.Disclosed(clinician(r), p.ID, string(consent.DirectCare))
	logAccess(clinician(r), p)     // clean: the helper is judged at this call, where the check holds
	writeJSON(w, http.StatusOK, p) // clean: only reached when consent.Allowed returned true
}

// searchByNHS finds a patient by NHS number.
func (h *Handler) searchByNHS(w http.ResponseWriter, r *http.Request) {
	n := model.NHSNumber(r.URL.Query().Get("nhs"))
	log.Printf("search: nhs=%v", n) // clean: NHSNumber.String masks every digit
	p, err := h.Store.FindByNHS(n)
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	logAccess(clinician(r), p) // leak: PHI1001 the helper logs the name, and no check holds yet
	if !mayView(r, p) {
		http.Error(w, "consent not recorded", http.StatusForbidden)
		return
	}
	writeJSON(w, http.StatusOK, p) // clean: mayView returns consent.Allowed's result, so it is a check too
}

// mayView reports whether the record may be shown for the purpose the caller
// states.
func mayView(r *http.Request, p *model.Patient) bool {
	return consent.Allowed(p, consent.Purpose(r.Header.Get("X-Purpose")))
}

// logAccess notes in the service log who opened which record.
func logAccess(actor string, p *model.Patient) {
	log.Printf("access: %s opened %s (%s)", actor, p.Name, p.ID)
}

// patientCard renders a plain-text card for the ward printer.
func (h *Handler) patientCard(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	consent.Verify(r.Context(), clinician(r), p) // leak: PHI2001 the error is dropped, so nothing is checked
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "%s\nNHS %s\nBorn %s\n", p.Name, redact.NHSNumber(p.NHSNumber), p.BirthDate.Format("2 Jan 2006")) // leak: PHI1003 name and date of birth in the response
}

// consentStatus tells the caller whether the patient allows research use.
func (h *Handler) consentStatus(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	var status struct {
		ID       string `json:"id"`
		Research bool   `json:"research"`
	}
	status.ID = p.ID
	status.Research = consent.Allowed(p, consent.Research) // clean: a check's result stored in a field is not ignored
	writeJSON(w, http.StatusOK, status)                    // clean: a surrogate ID and a boolean
}

// admit records that the patient has arrived on a ward.
func (h *Handler) admit(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	h.Log.Info("patient admitted", // leak: PHI1001 the diagnosis attribute reaches the service log unchecked
		slog.String("id", p.ID),
		slog.String("ward", r.URL.Query().Get("ward")),
		slog.String("diagnosis", strings.Join(p.Diagnoses, "; ")),
	)
	w.WriteHeader(http.StatusNoContent)
}

// discharge marks the patient inactive.
func (h *Handler) discharge(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.Store.Discharge(id); err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	h.Log.Info("patient discharged", "id", id) // clean: the surrogate ID is not identifiable
	w.WriteHeader(http.StatusNoContent)
}

// refer sends a referral to e-RS for a clinician in the patient's care team.
func (h *Handler) refer(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	var in struct {
		Specialty string `json:"specialty"`
		Reason    string `json:"reason" phi:"clinical"`
		Urgent    bool   `json:"urgent"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "malformed referral", http.StatusBadRequest)
		return
	}
	if err := consent.Verify(r.Context(), clinician(r), p); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden) // clean: consent errors name the clinician and the surrogate ID only
		return
	}
	dup, err := h.Referrals.Exists(r.Context(), p.NHSNumber)
	if err != nil {
		http.Error(w, "referral service unavailable", http.StatusBadGateway) // clean: the client's error, which carries the request URL, is not echoed
		return
	}
	if dup {
		http.Error(w, "already referred", http.StatusConflict)
		return
	}
	ref := model.Referral{ID: newID(), NHSNumber: p.NHSNumber, Specialty: in.Specialty, Reason: in.Reason, Urgent: in.Urgent}
	h.Log.Info("referral", "id", ref.ID, "reason", ref.Reason) // clean: consent.Verify succeeded above
	if err := h.Referrals.Send(r.Context(), ref); err != nil { // clean: Send requires a check, and consent.Verify holds here
		h.Outbox.Add(ref)
		writeJSON(w, http.StatusAccepted, map[string]string{"referral": ref.ID, "state": "queued"})
		return
	}
	if ref.Urgent {
		if err := h.Referrals.Escalate(r.Context(), ref); err != nil {
			h.Log.Warn("could not page on-call", "referral", ref.ID)
		}
	}
	writeJSON(w, http.StatusCreated, map[string]string{"referral": ref.ID, "state": "sent"})
}

// resultsReady texts the patient that their results are back.
func (h *Handler) resultsReady(w http.ResponseWriter, r *http.Request) {
	p, err := h.Store.GetPatient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	if err := notify.ResultsReady(h.Gateway, p); err != nil {
		http.Error(w, "SMS gateway unavailable", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// getAppointment returns an appointment.
func (h *Handler) getAppointment(w http.ResponseWriter, r *http.Request) {
	a, err := h.Store.Appointment(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such appointment", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, a) // clean: Appointment's only marked field, Notes, is json:"-"
}

// remind texts the patient a reminder of an appointment.
func (h *Handler) remind(w http.ResponseWriter, r *http.Request) {
	a, err := h.Store.Appointment(r.PathValue("id"))
	if err != nil {
		http.Error(w, "no such appointment", http.StatusNotFound)
		return
	}
	p, err := h.Store.GetPatient(a.PatientID)
	if err != nil {
		http.Error(w, "no such patient", http.StatusNotFound)
		return
	}
	h.Audit.Disclosed(clinician(r), p.ID, "appointment reminder")
	if err := notify.Reminder(h.Gateway, p, a); err != nil { // clean: Reminder requires an audit, recorded on the line above
		http.Error(w, "SMS gateway unavailable", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// writeJSON writes v as the JSON response body.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// newID returns a random surrogate ID.
func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
