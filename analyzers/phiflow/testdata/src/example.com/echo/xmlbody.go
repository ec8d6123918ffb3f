package echo

import (
	"encoding/xml"
	"io"
	"log"
	"net/http"
	"strings"
)

// A request body in XML (a CDA document, an NCPDP message) is the
// caller's own once decoded, as a JSON one is: encoding/xml decodes the
// request as encoding/json does.

type Referral struct {
	Patient   Patient `xml:"patient"`
	Reference string  `xml:"reference"`
}

// EchoXML answers with the referral it decoded from the body.
func EchoXML(w http.ResponseWriter, r *http.Request) {
	var ref Referral
	if err := xml.NewDecoder(r.Body).Decode(&ref); err != nil {
		return
	}
	xml.NewEncoder(w).Encode(ref)       // clean: the caller's own record, sent back to it
	io.WriteString(w, ref.Patient.Name) // clean: a field of it
	log.Print(ref.Patient.Name)         // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// EchoXMLRead reads the body whole and unmarshals it.
func EchoXMLRead(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	var p Patient
	if xml.Unmarshal(body, &p) != nil {
		return
	}
	io.WriteString(w, p.Name) // clean: the caller's own
	log.Printf("got %v", p)   // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

// EchoXMLElement decodes the body's next element.
func EchoXMLElement(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if xml.NewDecoder(r.Body).DecodeElement(&p, nil) != nil {
		return
	}
	io.WriteString(w, p.Name) // clean: the caller's own
}

// EchoXMLOther decodes a stored document, not the request: its record
// is not the caller's own.
func EchoXMLOther(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if xml.NewDecoder(strings.NewReader(LookupName(r.URL.Query().Get("id")))).Decode(&p) != nil {
		return
	}
	io.WriteString(w, p.Name) // want `Patient.Name \(direct\) is sent in a response`
}

// UnmarshalStored unmarshals what a source returned: the record holds
// it, as encoding/json's Unmarshal gives it.
func UnmarshalStored(id string) {
	var m map[string]string
	if xml.Unmarshal([]byte(LookupDiagnosis(id)), &m) != nil {
		return
	}
	log.Print(m["dx"]) // want `\(clinical\) reaches log sink log.Print`
}
