// Package routes mounts the handlers of package handlers through the
// adapters of package envelope.
package routes

import (
	"net/http"

	"example.com/funcresults/envelope"
	"example.com/funcresults/handlers"
)

func Mount(mux *http.ServeMux, h *handlers.Patients) {
	mux.Handle("/patient", envelope.Handle(h.Get))                                  // want `Patient.Name \(direct\) is sent in a response by \(\*json.Encoder\).Encode`
	mux.Handle("/consented", envelope.Handle(h.GetConsented))                       // clean: the check holds where the record is returned
	mux.Handle("/id", envelope.Handle(h.GetID))                                     // clean: the key only
	mux.Handle("/echo", envelope.Handle(h.Echo))                                    // clean: the caller's own data, sent back to it
	mux.Handle("/lookup", envelope.Handle(handlers.Lookup))                         // want `Patient.Name \(direct\) is sent in a response by \(\*json.Encoder\).Encode`
	mux.Handle("/timed", envelope.Timed(h.Get))                                     // want `Patient.Name \(direct\) is sent in a response by \(\*json.Encoder\).Encode`
	mux.Handle("/status", envelope.Status(h.Get))                                   // clean: only the status code is written
	mux.Handle("/list", envelope.Wrap(h.List))                                      // want `Patient.Name \(direct\) is sent in a response by \(\*json.Encoder\).Encode`
	mux.Handle("/find", envelope.Wrap(h.Find))                                      // want `Patient.Name \(direct\) is sent in a response by http.Error`
	mux.Handle("/count", envelope.Wrap(h.Count))                                    // clean: the error names no one
	mux.Handle("/inline", envelope.Handle(func(r *http.Request) envelope.Response { // want `Patient.Name \(direct\) is sent in a response by \(\*json.Encoder\).Encode`
		var s handlers.Store
		return envelope.Response{Code: http.StatusOK, Data: s.Patient("1")}
	}))
}
