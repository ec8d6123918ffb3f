// Package retyped has records whose MarshalJSON encodes a re-typed copy
// (type OtherVisit Visit), as generated models do to encode themselves
// without recursing: a field marked in the configuration is marked in the
// copy too.
package retyped

import (
	"encoding/json"
	"net/http"
)

type Visit struct {
	ID     string
	Reason string
}

func (v Visit) MarshalJSON() ([]byte, error) {
	type OtherVisit Visit
	return json.Marshal(struct {
		OtherVisit
		Kind string
	}{OtherVisit(v), "visit"})
}

// Ward shares no struct with a marked type.
type Ward struct {
	ID     string
	Reason string
}

func (w Ward) MarshalJSON() ([]byte, error) {
	type OtherWard Ward
	return json.Marshal(OtherWard(w))
}

//phi:source clinical
func LoadVisit(id string) Visit { return Visit{ID: id} }

func SendVisit(w http.ResponseWriter, id string) {
	json.NewEncoder(w).Encode(LoadVisit(id)) // want `^Visit\.Reason \(clinical\).* is sent in a response`
}

func SendWard(w http.ResponseWriter, ward Ward) {
	json.NewEncoder(w).Encode(ward) // clean: nothing marked
}

// ArchivedVisit is declared as Visit at package level (its name sorts
// before Visit's): it has Visit's fields, and their marks.
type ArchivedVisit Visit

func SendArchived(w http.ResponseWriter, id string) {
	json.NewEncoder(w).Encode(ArchivedVisit(LoadVisit(id))) // want `^Visit\.Reason \(clinical\).* is sent in a response`
}
