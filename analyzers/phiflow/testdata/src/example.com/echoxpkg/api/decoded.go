package api

import (
	"log"
	"net/http"

	"example.com/echoxpkg/httpx"
	"example.com/echoxpkg/store"
)

// Register answers with the record the caller sent, decoded by another
// package's helper: the caller's own, but not to be logged.
func Register(w http.ResponseWriter, r *http.Request) {
	var p store.Patient
	if err := httpx.DecodeJSON(r, &p); err != nil {
		return
	}
	copied := &store.Patient{ID: "p-1", FirstName: p.FirstName, Diagnosis: p.Diagnosis}
	w.Write([]byte(copied.FirstName)) // clean: the caller's own, sent back to it
	log.Println(p)                    // want `Patient.FirstName \(direct\), Patient.Diagnosis \(clinical\) reaches log sink log.Println`
}
