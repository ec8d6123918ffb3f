package echo

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// A calculator given the caller's own weight and height builds a record
// of what it computes of them: a value, and a category chosen by that
// value. The record holds only the caller's own data, answered to it. A
// category looked up elsewhere is not.

type BodyMass struct {
	Value    float64 `json:"value" phi:"clinical"`
	Category string  `json:"category" phi:"clinical"`
}

// computeBodyMass fills the record from its parameters only.
func computeBodyMass(weight, height float64) *BodyMass {
	v := weight / (height * height)
	c := "normal"
	if v >= 30 {
		c = "obese"
	}
	return &BodyMass{Value: v, Category: c}
}

// bodyMassWithHistory adds a category stored for another request.
func bodyMassWithHistory(weight, height float64, id string) *BodyMass {
	v := weight / (height * height)
	c := "normal"
	if v >= 30 {
		c = LookupDiagnosis(id)
	}
	return &BodyMass{Value: v, Category: c}
}

// BodyMassQuery answers the caller with what it computed of the query.
func BodyMassQuery(w http.ResponseWriter, r *http.Request) {
	wt, _ := strconv.ParseFloat(r.URL.Query().Get("weight"), 64)
	ht, _ := strconv.ParseFloat(r.URL.Query().Get("height"), 64)
	json.NewEncoder(w).Encode(computeBodyMass(wt, ht)) // clean: computed of the caller's own values, sent back to it
}

// BodyMassHistory answers with a category looked up elsewhere.
func BodyMassHistory(w http.ResponseWriter, r *http.Request) {
	wt, _ := strconv.ParseFloat(r.URL.Query().Get("weight"), 64)
	ht, _ := strconv.ParseFloat(r.URL.Query().Get("height"), 64)
	json.NewEncoder(w).Encode(bodyMassWithHistory(wt, ht, r.URL.Query().Get("id"))) // want `is sent in a response`
}
