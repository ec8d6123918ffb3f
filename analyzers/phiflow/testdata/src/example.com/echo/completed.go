package echo

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

// A service completes the request it is passed in place before storing
// it: a field computed of the request's own fields (a BMI of its weight
// and height) is the caller's own as they are, and so is an error
// quoting the request's date of birth. Echoed to that caller, neither is
// a disclosure. A field computed with what a query read is not.

type IntakeRequest struct {
	ID     string  `json:"id"`
	Name   string  `json:"name" phi:"direct"`
	Weight float64 `json:"weight" phi:"clinical"`
	Height float64 `json:"height" phi:"clinical"`
	BMI    float64 `json:"bmi" phi:"clinical"`
	DoB    string  `json:"dob" phi:"indirect"`
}

type Completer interface {
	Complete(req *IntakeRequest) error
}

type bmiCompleter struct{}

func (bmiCompleter) Complete(d *IntakeRequest) error {
	d.BMI = d.Weight / (d.Height * d.Height)
	if _, err := time.Parse("02/01/2006", d.DoB); err != nil {
		return err
	}
	return nil
}

// chartCompleter divides by a height a query reads.
type chartCompleter struct{ db *sql.DB }

func (c chartCompleter) Complete(d *IntakeRequest) error {
	var height float64
	if err := c.db.QueryRow(`SELECT height FROM charts WHERE id = $1`, d.ID).Scan(&height); err != nil {
		return err
	}
	d.BMI = d.Weight / (height * height)
	return nil
}

func decodeIntake(r *http.Request) (*IntakeRequest, bool) {
	var req IntakeRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return nil, false
	}
	return &req, true
}

func CompleteIntake(w http.ResponseWriter, r *http.Request, c bmiCompleter) {
	req, ok := decodeIntake(r)
	if !ok {
		return
	}
	if err := c.Complete(req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // clean: quotes the caller's own date of birth
		return
	}
	json.NewEncoder(w).Encode(req) // clean: the BMI is of the caller's own weight and height
	log.Printf("intake %+v", req)  // want `IntakeRequest.Name \(direct\).* reaches log sink log.Printf`
}

func CompleteIntakeCharted(w http.ResponseWriter, r *http.Request, c chartCompleter) {
	req, ok := decodeIntake(r)
	if !ok {
		return
	}
	if err := c.Complete(req); err != nil {
		return
	}
	json.NewEncoder(w).Encode(req) // want `IntakeRequest.Name \(direct\).* is sent in a response`
}

func CompleteIntakeThrough(w http.ResponseWriter, r *http.Request, c Completer) {
	req, ok := decodeIntake(r)
	if !ok {
		return
	}
	if err := c.Complete(req); err != nil {
		return
	}
	json.NewEncoder(w).Encode(req) // want `IntakeRequest.Name \(direct\).* is sent in a response`
}
