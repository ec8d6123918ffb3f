package heap

import (
	"encoding/json"
	"net/http"
)

// A slice is empty on the branch where its length was found to be zero:
// a list endpoint's "none found" answer, sent with the very slice the
// loop would have filled, sends none of the data its elements hold.

func listNames(ps []Patient) []string {
	var names []string
	for _, p := range ps {
		names = append(names, p.Name)
	}
	return names
}

func NamesNoneFound(w http.ResponseWriter, ps []Patient) {
	names := listNames(ps)
	if len(names) == 0 {
		json.NewEncoder(w).Encode(map[string]any{"names": names, "message": "none"}) // clean: names is empty here
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"names": names}) // want `Patient.Name \(direct\) is sent in a response`
}

func NamesLessThanOne(w http.ResponseWriter, ps []Patient) {
	names := listNames(ps)
	if 1 > len(names) {
		json.NewEncoder(w).Encode(names) // clean: names is empty here
	}
}

func NamesElseOfNonEmpty(w http.ResponseWriter, ps []Patient) {
	names := listNames(ps)
	if len(names) > 0 {
		json.NewEncoder(w).Encode(names) // want `Patient.Name \(direct\) is sent in a response`
	} else {
		json.NewEncoder(w).Encode(struct{ Names []string }{names}) // clean: names is empty here
	}
}

func NamesOtherSliceEmpty(w http.ResponseWriter, ps []Patient, flags []string) {
	names := listNames(ps)
	if len(flags) == 0 {
		json.NewEncoder(w).Encode(names) // want `Patient.Name \(direct\) is sent in a response`
	}
}

func NamesAppendedWhenEmpty(w http.ResponseWriter, ps []Patient, p *Patient) {
	names := listNames(ps)
	if len(names) == 0 {
		names = append(names, p.Name)
		json.NewEncoder(w).Encode(names) // want `Patient.Name \(direct\) is sent in a response`
	}
}

func NamesNotEmpty(w http.ResponseWriter, ps []Patient) {
	names := listNames(ps)
	if len(names) != 0 {
		json.NewEncoder(w).Encode(names) // want `Patient.Name \(direct\) is sent in a response`
	}
}
