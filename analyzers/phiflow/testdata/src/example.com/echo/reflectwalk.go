package echo

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
)

// Code that walks a decoded record with reflection (checking that each
// field is set) only reads it: it is still the caller's own. Code that
// sets a field through reflection may have put anything there.

// RequireAll echoes the record after checking every field is set.
func RequireAll(w http.ResponseWriter, r *http.Request) {
	p := &Patient{}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	v := reflect.Indirect(reflect.ValueOf(p))
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsZero() {
			http.Error(w, fmt.Sprintf("%s is required", v.Type().Field(i).Name), http.StatusBadRequest)
			return
		}
	}
	json.NewEncoder(w).Encode(p) // clean: read through reflection, still the caller's own
}

// FillDefaults sets a field through reflection before the echo.
func FillDefaults(w http.ResponseWriter, r *http.Request, stored string) {
	p := &Patient{}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	v := reflect.ValueOf(p).Elem()
	if v.FieldByName("Name").IsZero() {
		v.FieldByName("Name").SetString(stored)
	}
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

// HandedOut gives code of its own a field's address through reflection.
func HandedOut(w http.ResponseWriter, r *http.Request) {
	p := &Patient{}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	setName(reflect.ValueOf(p).Elem().Field(1).Addr().Interface())
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

func setName(v any) {
	if s, ok := v.(*string); ok {
		*s = "from elsewhere"
	}
}
