// Package routerleaks has the cases of the routers of net/http handlers
// (github.com/go-chi/chi/v5, github.com/gorilla/mux): the path
// parameters they match are what the caller sent.
package routerleaks

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// ChiEcho answers with a record built from its path: the caller's own
// (contract §3). Logging it, or answering with the stored record the
// path names, is a disclosure.
func ChiEcho(w http.ResponseWriter, r *http.Request) {
	p := model.Patient{ID: chi.URLParam(r, "id"), Name: chi.URLParam(r, "name")}
	json.NewEncoder(w).Encode(p)
	json.NewEncoder(w).Encode(model.Patient{Name: chi.RouteContext(r.Context()).URLParam("name")})
	json.NewEncoder(w).Encode(model.Patient{Name: chi.URLParamFromCtx(r.Context(), "name")})
	log.Printf("registered %v", p)                                  // want "PHI1001"
	json.NewEncoder(w).Encode(StoredPatient(chi.URLParam(r, "id"))) // want "PHI1003"
}

// MuxEcho is ChiEcho under gorilla/mux.
func MuxEcho(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	p := model.Patient{ID: vars["id"], Name: vars["name"]}
	json.NewEncoder(w).Encode(p)
	log.Printf("registered %v", p)                       // want "PHI1001"
	json.NewEncoder(w).Encode(StoredPatient(vars["id"])) // want "PHI1003"
}
