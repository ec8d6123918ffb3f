// Package boxing covers what a value shows once put in an interface:
// records whose marked fields hold copied data, errors wrapping types that
// render themselves, fields of source types reached through a struct, and
// digests.
package boxing

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

type Patient struct {
	ID       string
	NHS      string `phi:"direct"`
	Postcode string `phi:"indirect"`
}

// Consented carries data only in fields that JSON does not encode.
type Consented struct {
	ID       string `json:"id"`
	NHS      string `json:"-" phi:"direct"`
	Postcode string `json:"-" phi:"indirect"`
}

// Summary carries the postcode in an unmarked, encoded field.
type Summary struct {
	ID   string `json:"id"`
	NHS  string `json:"-" phi:"direct"`
	Area string `json:"area"`
}

func Respond(w http.ResponseWriter, p *Patient) {
	c := Consented{ID: p.ID, NHS: p.NHS, Postcode: p.Postcode}
	body, _ := json.Marshal(c)
	w.Write(body) // clean: the marked fields are json:"-"

	s := Summary{ID: p.ID, NHS: p.NHS, Area: p.Postcode}
	body, _ = json.Marshal(s)
	w.Write(body) // want `Patient.Postcode \(indirect\) is sent in a response by`
}

// NotFound keeps the number but does not print it.
type NotFound struct {
	NHS  string `phi:"direct"`
	Code int
}

func (e *NotFound) Error() string { return fmt.Sprintf("not found (HTTP %d)", e.Code) }

func find(nhs string) error {
	return fmt.Errorf("find: %w", &NotFound{NHS: nhs, Code: 404})
}

func Reconcile(p *Patient) {
	if err := find(p.NHS); err != nil {
		log.Printf("reconcile: %v", err) // clean: NotFound.Error shows no number
	}
	if err := fmt.Errorf("find %s: %w", p.NHS, &NotFound{Code: 404}); err != nil {
		log.Printf("reconcile: %v", err) // want `Patient.NHS \(direct\) reaches log sink`
	}
}

// HumanName is identifiable as a whole, whatever its fields.
//
//phi:source direct
type HumanName struct {
	Family string
	Given  []string
}

type Demographics struct {
	Name HumanName
	Ward string
}

func Register(d *Demographics) {
	log.Printf("registering %s", d.Name.Family) // want `HumanName \(direct\) reaches log sink`
	log.Printf("ward %s", d.Ward)               // clean: unmarked
}

func Digest(p *Patient) {
	sum := sha256.Sum256([]byte(p.NHS))
	log.Println(hex.EncodeToString(sum[:])) // want `Patient.NHS \(direct\) reaches log sink`
	h := sha256.New()
	h.Write([]byte(p.NHS))
	log.Printf("%x", h.Sum(nil)) // want `Patient.NHS \(direct\) reaches log sink`
	id := sha256.Sum256([]byte(p.ID))
	log.Printf("%x", id) // clean: the surrogate key
}
