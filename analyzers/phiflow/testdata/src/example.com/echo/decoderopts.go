package echo

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"log"
	"net/http"
	"strings"
)

// A handler that hardens its decoder (unknown fields rejected, numbers
// kept as written, trailing data refused) still decodes only the request
// it is serving: setting a decoder's options or asking where it is in
// its input writes nothing into it but what its reader gives.

// EchoStrict answers with the record a hardened decoder read from the
// body.
func EchoStrict(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	dec.UseNumber()
	var p Patient
	if err := dec.Decode(&p); err != nil || dec.More() {
		return
	}
	if dec.InputOffset() > 1<<20 || dec.Buffered() == nil {
		return
	}
	json.NewEncoder(w).Encode(p) // clean: the caller's own record, sent back to it
	log.Print(p.Name)            // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// DecodeStrict is an exported helper that hardens the decoder and decodes
// the body into what it is given.
func DecodeStrict(r *http.Request, dst any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return err
	}
	if dec.More() {
		return io.ErrUnexpectedEOF
	}
	return nil
}

// EchoStrictHelper answers with what the helper decoded.
func EchoStrictHelper(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if DecodeStrict(r, &p) != nil {
		return
	}
	json.NewEncoder(w).Encode(p) // clean: the caller's own record
}

// EchoStrictStored decodes a stored document with the same options: not
// the caller's own.
func EchoStrictStored(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(strings.NewReader(LookupName(r.FormValue("id"))))
	dec.DisallowUnknownFields()
	var p Patient
	if dec.Decode(&p) != nil || dec.More() {
		return
	}
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

// EchoStrictCharted decodes the body strictly, then fills the record's
// diagnosis from the store.
func EchoStrictCharted(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var p Patient
	if dec.Decode(&p) != nil {
		return
	}
	p.Diagnosis = LookupDiagnosis(p.ID)
	json.NewEncoder(w).Encode(p) // want `LookupDiagnosis\(\) \(clinical\).* is sent in a response`
}

// EchoXMLOffset checks how much of the body an XML decoder read.
func EchoXMLOffset(w http.ResponseWriter, r *http.Request) {
	dec := xml.NewDecoder(r.Body)
	var p Patient
	if dec.Decode(&p) != nil || dec.InputOffset() > 1<<20 {
		return
	}
	line, _ := dec.InputPos()
	if line > 1000 {
		return
	}
	io.WriteString(w, p.Name) // clean: the caller's own
}
