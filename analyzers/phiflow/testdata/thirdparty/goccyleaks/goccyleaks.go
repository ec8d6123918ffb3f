// Package goccyleaks has the cases of github.com/goccy/go-json, a drop-in
// replacement for encoding/json: what it encodes goes where its writer
// goes, a record is encoded by its tags, and an encoding error is about
// the value's type, not the value.
package goccyleaks

import (
	"bytes"
	"log"
	"net/http"
	"os"

	json "github.com/goccy/go-json"

	"example.com/thirdparty/model"
)

// Respond: an encoder on the response writer sends what it encodes.
func Respond(w http.ResponseWriter, p *model.Patient) {
	_ = json.NewEncoder(w).Encode(p) // want `is sent in a response by \(\*json.Encoder\).Encode`
}

// RespondSummary: a record's unmarked fields are not identifiable.
func RespondSummary(w http.ResponseWriter, p *model.Patient) {
	_ = json.NewEncoder(w).Encode(map[string]string{"id": p.ID, "ward": p.Ward})
}

// EncodeToFile: an encoder on a file exports.
func EncodeToFile(f *os.File, p *model.Patient) {
	enc := json.NewEncoder(f)
	_ = enc.Encode(p.Name) // want `Patient.Name \(direct\) is exported by \(\*json.Encoder\).Encode`
	_ = enc.Encode(p.Visits)
}

// MarshalLogged: the bytes of an encoded record hold its marked fields.
func MarshalLogged(p *model.Patient) {
	log.Print(json.Marshal(p)) // want `reaches log sink log.Print`
	log.Print(json.Marshal(p.Ward))
}

// MarshalError: the error of an encoding is about the value's type, not
// its data.
func MarshalError(p *model.Patient) {
	if _, err := json.Marshal(p); err != nil {
		log.Printf("encoding patient %s: %v", p.ID, err)
	}
}

// MarshalIndentLogged: as Marshal.
func MarshalIndentLogged(p *model.Patient) {
	log.Print(json.MarshalIndent(p, "", "  ")) // want `reaches log sink log.Print`
	log.Print(json.MarshalIndent(p.ID, "", "  "))
}

// UnmarshalLogged: decoding identifiable bytes into a map keeps them
// identifiable; decoding a constant holds nothing.
func UnmarshalLogged(p *model.Patient) {
	var m map[string]any
	json.Unmarshal([]byte(p.Diagnosis), &m)
	log.Print(m) // want `Patient.Diagnosis \(clinical\) reaches log sink log.Print`
	var n map[string]any
	json.Unmarshal([]byte(`{"ward":"A"}`), &n)
	log.Print(n)
}

// IndentLogged: json.Indent and json.Compact copy what they are given.
func IndentLogged(p *model.Patient) {
	var out bytes.Buffer
	json.Indent(&out, []byte(p.Name), "", " ")
	log.Print(out.String()) // want `Patient.Name \(direct\) reaches log sink log.Print`
	var ward bytes.Buffer
	json.Indent(&ward, []byte(p.Ward), "", " ")
	log.Print(ward.String())
}

func CompactLogged(p *model.Patient) {
	var out bytes.Buffer
	json.Compact(&out, []byte(p.Name))
	log.Print(out.String()) // want `Patient.Name \(direct\) reaches log sink log.Print`
	var ward bytes.Buffer
	json.Compact(&ward, []byte(p.Ward))
	log.Print(ward.String())
}
