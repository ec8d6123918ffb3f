// Package textleaks: golang.org/x/text's case mappers give their
// argument's text, mapped, and nothing else: the caller's own name
// title-cased is still the caller's own; a stored record's is not.
package textleaks

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

type Booking struct {
	ID          string
	PatientName string `phi:"direct"`
}

type Receipt struct {
	Status      string
	PatientName string `phi:"direct"`
}

// booked are the bookings made so far, by id.
var booked = map[string]Booking{}

// CaserEchoed: the name the caller sent, title-cased, back in the
// response to the same request.
func CaserEchoed(w http.ResponseWriter, r *http.Request) {
	var b Booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		return
	}
	json.NewEncoder(w).Encode(Receipt{Status: "booked", PatientName: cases.Title(language.English).String(b.PatientName)}) // clean: the caller's own name
}

// CaserStored: a stored booking's name, looked up by the id the caller
// sent, title-cased: not the caller's to see.
func CaserStored(w http.ResponseWriter, r *http.Request) {
	b := booked[r.URL.Query().Get("id")]
	json.NewEncoder(w).Encode(Receipt{Status: "booked", PatientName: cases.Title(language.English).String(b.PatientName)}) // want `PatientName \(direct\) is sent in a response`
}

// CaserBytesLogged: the mapped bytes are the name's.
func CaserBytesLogged(b *Booking) {
	log.Printf("booking for %s", cases.Upper(language.English).Bytes([]byte(b.PatientName))) // want `Booking.PatientName \(direct\) reaches log sink log.Printf`
}

// CaserBytesEchoed: the caller's own name, upper-cased as bytes.
func CaserBytesEchoed(w http.ResponseWriter, r *http.Request) {
	var b Booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		return
	}
	w.Write(cases.Upper(language.English).Bytes([]byte(b.PatientName))) // clean: the caller's own name
}

// CaserStringLogged: the mapped text is the name's.
func CaserStringLogged(b *Booking) {
	log.Printf("booking for %s", cases.Lower(language.English).String(b.PatientName)) // want `Booking.PatientName \(direct\) reaches log sink log.Printf`
}

// Receipts makes the receipt for a booking.
type Receipts interface {
	For(name string) (Receipt, error)
}

type titled struct{}

// For is a receipt for the name it is passed, title-cased: a new record
// of what its caller passes.
func (titled) For(name string) (Receipt, error) {
	return Receipt{Status: "booked", PatientName: cases.Title(language.English).String(strings.ToLower(name))}, nil
}

var receipts Receipts = titled{}

// ReceiptEchoed: a receipt made behind an interface, of the name the
// caller sent.
func ReceiptEchoed(w http.ResponseWriter, r *http.Request) {
	var b Booking
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		return
	}
	rc, _ := receipts.For(b.PatientName)
	json.NewEncoder(w).Encode(rc) // clean: the caller's own name
}

// ReceiptStored: the same, of a stored booking's name.
func ReceiptStored(w http.ResponseWriter, r *http.Request) {
	b := booked[r.URL.Query().Get("id")]
	rc, _ := receipts.For(b.PatientName)
	json.NewEncoder(w).Encode(rc) // want `PatientName \(direct\) is sent in a response`
}
