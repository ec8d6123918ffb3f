package echo

import (
	"encoding/json"
	"log"
	"net/http"
)

// A service given the request's values in an input struct of its own
// builds the record from them: the record holds only the caller's own
// data, by value or by pointer; built around a constant, it holds
// nothing.

type SignUp struct {
	Name      string
	Diagnosis string
}

type Enroller struct{}

// FromInput copies the input, given by value, into a new record.
func (Enroller) FromInput(in SignUp) (*Patient, error) {
	p := &Patient{Name: in.Name, Diagnosis: in.Diagnosis}
	p.ID = "p-1" // a key the store gave it
	return p, nil
}

// FromInputPtr copies the input, given by pointer, into a new record.
func (Enroller) FromInputPtr(in *SignUp) (*Patient, error) {
	return &Patient{Name: in.Name, Diagnosis: in.Diagnosis}, nil
}

// WithStoredName adds a name looked up elsewhere.
func (Enroller) WithStoredName(in SignUp) *Patient {
	return &Patient{Name: LookupName(in.Name), Diagnosis: in.Diagnosis}
}

func SignedUp(w http.ResponseWriter, r *http.Request, g Enroller) {
	var req struct {
		Name      string `json:"name"`
		Diagnosis string `json:"diagnosis"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	p, err := g.FromInput(SignUp{Name: req.Name, Diagnosis: req.Diagnosis})
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(p)  // clean: only what the caller sent
	log.Printf("signed up %v", p) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	q, _ := g.FromInputPtr(&SignUp{Name: req.Name})
	json.NewEncoder(w).Encode(q)                                        // clean: only what the caller sent
	json.NewEncoder(w).Encode(g.WithStoredName(SignUp{Name: req.Name})) // want `LookupName\(\) \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(g.WithStoredName(SignUp{Name: "x"}))      // want `Patient.Name \(direct\).* is sent in a response`
	stored, _ := g.FromInput(SignUp{Name: LookupName(req.Name)})
	json.NewEncoder(w).Encode(stored) // want `Patient.Name \(direct\).* is sent in a response`
}

// Named builds a record around the name it is given.
func (Enroller) Named(name string) *Patient { return &Patient{Name: name} }

func Placeholders(r *http.Request, g Enroller) {
	log.Printf("placeholder %v", g.Named("anonymous"))     // clean: a constant holds no one's name
	log.Printf("named %v", g.Named(r.FormValue("name")))   // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	log.Printf("looked up %v", g.Named(LookupName("p-1"))) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}
