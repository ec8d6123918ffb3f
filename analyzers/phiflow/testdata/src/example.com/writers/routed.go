package writers

import (
	"encoding/json"
	"io"
	"net/http"
)

// Each flow is reported once: a handler that answers with a record it
// loaded itself is reported in its own body, not again at a router that
// calls it with the same response writer.

//phi:source direct
func LookupPatient(id string) *Patient { return &Patient{ID: id} }

func answer(w http.ResponseWriter, v any) {
	b, _ := json.Marshal(v)
	w.Write(b)
}

func ShowPatient(w http.ResponseWriter, r *http.Request) {
	p := LookupPatient(r.URL.Query().Get("id"))
	answer(w, p) // want `Patient.Name \(direct\).* is sent in a response`
}

func RoutePatient(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/patient" {
		ShowPatient(w, r) // reported in ShowPatient, not again here
	}
}

// DumpPatient writes to a destination its callers choose: the data it
// loads is reported where the destination is known.
func DumpPatient(w io.Writer, id string) {
	json.NewEncoder(w).Encode(LookupPatient(id))
}

func RouteDump(w http.ResponseWriter, r *http.Request) {
	DumpPatient(w, r.URL.Query().Get("id")) // want `Patient.Name \(direct\).* is sent in a response`
}
