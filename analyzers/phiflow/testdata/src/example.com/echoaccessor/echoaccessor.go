// Package echoaccessor exercises contract §3 "data echoed to its own
// caller" through a declared source method: an accessor that hands back a
// field of its receiver returns the receiver's data, so called on the
// record a handler decoded from the request it is serving, its result is
// still the caller's own; called on a stored record, it is a disclosure.
package echoaccessor

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"example.com/echoaccessor/convert"
)

type Resource struct {
	ID  string
	raw []byte `phi:"clinical"`
}

// Raw is an accessor, declared a source: what it returns is its
// receiver's field.
//
//phi:source clinical
func (r *Resource) Raw() []byte { return r.raw }

// History is declared a source too, but reads a store keyed by its
// receiver: not the receiver's data.
//
//phi:source clinical
func (r *Resource) History() []byte {
	b, _ := os.ReadFile("/var/lib/history/" + r.ID)
	return b
}

//phi:source clinical
func LoadResource(id string) *Resource { return &Resource{ID: id} }

type Bundle struct {
	Entries []*Resource
}

func decodeBundle(r *http.Request) (*Bundle, error) {
	b := &Bundle{}
	if err := json.NewDecoder(r.Body).Decode(b); err != nil {
		return nil, err
	}
	return b, nil
}

// check is unexported: the bundle comes in through its parameter.
func check(b *Bundle) error {
	for _, e := range b.Entries {
		if len(e.Raw()) > 1<<20 {
			return fmt.Errorf("entry too large: %s", e.Raw())
		}
	}
	return nil
}

// EchoAccessor answers with what the accessor returns of the decoded record.
func EchoAccessor(w http.ResponseWriter, r *http.Request) {
	var res Resource
	if err := json.NewDecoder(r.Body).Decode(&res); err != nil {
		return
	}
	w.Write(res.Raw())                   // clean: the caller's own bytes, sent back to it
	w.Write(res.History())               // want `Resource.History\(\) \(clinical\).* is sent in a response`
	log.Printf("received %s", res.Raw()) // want `Resource.Raw\(\) \(clinical\).* reaches log sink log.Printf`
}

// StoredAccessor answers with what the accessor returns of a stored record.
func StoredAccessor(w http.ResponseWriter, r *http.Request) {
	res := LoadResource(r.URL.Query().Get("id"))
	w.Write(res.Raw()) // want `Resource.Raw\(\) \(clinical\).* is sent in a response`
}

// StoredError answers with an error quoting stored entries.
func StoredError(w http.ResponseWriter, r *http.Request) {
	b := &Bundle{Entries: []*Resource{LoadResource(r.URL.Query().Get("id"))}}
	if err := check(b); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `is sent in a response`
	}
}

// rawOf is an accessor not declared a source.
func rawOf(r *Resource) []byte { return r.raw }

// EchoHelper answers with what a helper reads of the decoded record.
func EchoHelper(w http.ResponseWriter, r *http.Request) {
	var res Resource
	if err := json.NewDecoder(r.Body).Decode(&res); err != nil {
		return
	}
	w.Write(rawOf(&res))                      // clean: the caller's own bytes
	fmt.Fprintf(os.Stderr, "%s", rawOf(&res)) // want `Resource.raw \(clinical\) reaches log sink fmt.Fprintf`
}

// StoredHelper answers with what a helper reads of a stored record.
func StoredHelper(w http.ResponseWriter, r *http.Request) {
	w.Write(rawOf(LoadResource(r.URL.Query().Get("id")))) // want `Resource.raw \(clinical\).* is sent in a response`
}

// Converted answers with the model a converter of another package built
// from the decoded body: the caller's own. Logging it is a disclosure,
// and so is a model the converter filled from a store.
func Converted(w http.ResponseWriter, r *http.Request) {
	var body convert.VisitBody
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return
	}
	v, _ := body.ToVisit()
	json.NewEncoder(w).Encode(v)                  // clean: what the caller sent
	json.NewEncoder(w).Encode(v.Complaint)        // clean: what the caller sent
	log.Printf("visit %s", v.Complaint)           // want `Complaint \(clinical\).* reaches log sink log.Printf`
	json.NewEncoder(w).Encode(body.WithHistory()) // want `is sent in a response`
}
