// Package validatorleaks has the cases of github.com/go-playground/validator:
// a validation error names the fields and the rules they failed, not the
// values, so logging or returning it discloses nothing; what the code puts
// in a message of its own still does.
package validatorleaks

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/go-playground/validator/v10"

	"example.com/thirdparty/model"
)

var validate = validator.New()

// Checked: the error of a struct's validation is logged and returned.
func Checked(w http.ResponseWriter, p *model.Patient) {
	if err := validate.Struct(p); err != nil {
		log.Printf("invalid patient %s: %v", p.ID, err)
		log.Printf("invalid patient %s: %v", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Printf`
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
}

// CheckedFields: each failed field's rule and name.
func CheckedFields(p *model.Patient) {
	var verrs validator.ValidationErrors
	if err := validate.Struct(p); errors.As(err, &verrs) {
		for _, fe := range verrs {
			log.Printf("%s failed %s", fe.Namespace(), fe.Tag())
		}
	}
}

// CheckedVar: a single value's validation error is the rule's.
func CheckedVar(p *model.Patient) {
	if err := validate.Var(p.NHSNumber, "len=10,numeric"); err != nil {
		log.Print(err)
		log.Print(p.NHSNumber, err) // want `Patient.NHSNumber \(direct\) reaches log sink log.Print`
	}
}

// Echoed: validating a record decoded from the request reads it and
// writes nothing into it, so it is still the caller's own.
func Echoed(w http.ResponseWriter, r *http.Request) {
	p := &model.Patient{}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	if err := validate.Struct(p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate.StructCtx(r.Context(), p); err != nil {
		return
	}
	if err := validate.VarWithValueCtx(context.Background(), &p.Name, &p.NHSNumber, "nefield"); err != nil {
		return
	}
	json.NewEncoder(w).Encode(p)       // clean: validated, still the caller's own
	log.Printf("validated %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

// EchoedStored: validating a stored record does not make it the caller's.
func EchoedStored(w http.ResponseWriter, r *http.Request) {
	p := &model.Patient{}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	if err := validate.Struct(p); err != nil {
		return
	}
	stored := storedPatient(p.ID)
	if err := validate.Struct(stored); err != nil {
		return
	}
	json.NewEncoder(w).Encode(stored) // want `Patient.Name \(direct\).* is sent in a response`
}

// storedPatient returns the stored record with the given id.
//
//phi:source clinical
func storedPatient(id string) *model.Patient { return &model.Patient{ID: id} }
