package echo

import (
	"encoding/json"
	"log"
	"net/http"
)

// A request converted into a record by its own method, which also sets
// the record's key from the caller's identity: every marked value in the
// record is what the caller sent, and the key, not identifiable on its
// own, keeps what it holds, as in a literal built inline. A converter
// given a value from elsewhere for a marked field, or filling one from
// the store itself, makes a record as any other.

type Admission struct {
	Name      string `json:"name" phi:"direct"`
	Diagnosis string `json:"diagnosis" phi:"clinical"`
}

type callerKey struct{}

// callerID is the id the authentication middleware put in the request's
// context.
func callerID(r *http.Request) string {
	id, _ := r.Context().Value(callerKey{}).(string)
	return id
}

// ToPatient copies the admission into a new record with the given key.
func (a *Admission) ToPatient(id string) (*Patient, error) {
	return &Patient{ID: id, Name: a.Name, Diagnosis: a.Diagnosis}, nil
}

// ToPatientNamed takes the record's name from its argument.
func (a *Admission) ToPatientNamed(name string) *Patient {
	return &Patient{Name: name, Diagnosis: a.Diagnosis}
}

// ToPatientCharted fills the diagnosis from the store.
func (a *Admission) ToPatientCharted(id string) *Patient {
	return &Patient{ID: id, Name: a.Name, Diagnosis: LookupDiagnosis(id)}
}

func decodeAdmission(r *http.Request) (*Admission, bool) {
	var a Admission
	if json.NewDecoder(r.Body).Decode(&a) != nil {
		return nil, false
	}
	return &a, true
}

// Admitted answers with the record converted from the request.
func Admitted(w http.ResponseWriter, r *http.Request) {
	var a Admission
	if json.NewDecoder(r.Body).Decode(&a) != nil {
		return
	}
	p, err := a.ToPatient(callerID(r))
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(p) // clean: only what the caller sent, keyed by its own id
	log.Printf("admitted %v", p) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

// AdmittedNamed gives the converter a name from elsewhere.
func AdmittedNamed(w http.ResponseWriter, r *http.Request) {
	a, ok := decodeAdmission(r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(a.ToPatientNamed(callerID(r)))             // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(a.ToPatientNamed(LookupName(callerID(r)))) // want `Patient.Name \(direct\).* is sent in a response`
}

// AdmittedCharted answers with a record the converter filled from the
// store.
func AdmittedCharted(w http.ResponseWriter, r *http.Request) {
	var a Admission
	if json.NewDecoder(r.Body).Decode(&a) != nil {
		return
	}
	json.NewEncoder(w).Encode(a.ToPatientCharted(callerID(r))) // want `\(clinical\).* is sent in a response`
}
