// Package envelope adapts handlers that return their response, instead
// of writing it, to net/http: the adapter writes what they return.
package envelope

import (
	"encoding/json"
	"net/http"
)

type Response struct {
	Code int
	Data any
}

// Action is a handler that returns its response.
type Action func(r *http.Request) Response

// Handle runs the action and writes its response.
func Handle(action Action) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp := action(r)
		w.WriteHeader(resp.Code)
		_ = json.NewEncoder(w).Encode(resp)
	}
}

// Wrap runs a handler returning a value or an error, and writes the
// value, or the error's message.
func Wrap[T any](fn func(r *http.Request) (T, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

// Timed hands the action on to Handle: whoever passes it is where its
// response is judged.
func Timed(action Action) http.HandlerFunc {
	return Handle(action)
}

// Status writes only the action's status code.
func Status(action Action) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(action(r).Code)
	}
}
