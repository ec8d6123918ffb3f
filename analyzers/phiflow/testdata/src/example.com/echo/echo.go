// Package echo exercises contract §3 "Which data is identifiable": data a
// handler decodes from the request it is serving is the caller's own, so
// sending it back in the response to that request discloses nothing,
// while logging, storing, exporting or forwarding it does; and a record
// holds only what the code put into it (an empty literal holds nothing).
package echo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
)

type Patient struct {
	ID        string
	Name      string `json:"name" phi:"direct"`
	Diagnosis string `json:"diagnosis" phi:"clinical"`
}

//phi:source clinical
func LoadPatient(id string) *Patient { return &Patient{ID: id} }

//phi:source clinical
func LookupDiagnosis(id string) string { return "dx-" + id }

//phi:source direct
func LookupName(id string) string { return "name-" + id }

// Echo answers with the record it decoded from the request.
func Echo(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(p) // clean: the caller's own record, sent back to it
	json.NewEncoder(w).Encode(p.Name)
}

// EchoRead reads the body whole, decodes it, and answers with it.
func EchoRead(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	var p Patient
	if json.Unmarshal(body, &p) != nil {
		return
	}
	out, _ := json.Marshal(&p)
	w.Write(out) // clean: the caller's own record
}

// LogDecoded logs the record it decoded: a disclosure like any other.
func LogDecoded(w http.ResponseWriter, r *http.Request) {
	var p Patient
	json.NewDecoder(r.Body).Decode(&p)
	log.Printf("received %v", p) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	log.Print(p.Name)            // want `Patient.Name \(direct\) reaches log sink log.Print`
	json.NewEncoder(w).Encode(p) // clean: the same record, sent back to the caller
}

// Forward sends the decoded record on to another service.
func Forward(w http.ResponseWriter, r *http.Request) {
	var p Patient
	json.NewDecoder(r.Body).Decode(&p)
	b, _ := json.Marshal(p)
	http.Post("https://registry.example/patients", "application/json", bytes.NewReader(b)) // want `Patient.Name \(direct\).* is transmitted by http.Post`
	json.NewEncoder(w).Encode(p)                                                           // clean: sent back to the caller
}

// Store writes the decoded record to a file: an export.
func Store(w http.ResponseWriter, r *http.Request, f *os.File) {
	var p Patient
	json.NewDecoder(r.Body).Decode(&p)
	json.NewEncoder(f).Encode(p) // want `Patient.Name \(direct\).* is exported by`
}

// Lookup answers with the stored record the request names: not the
// caller's own, though keyed by what the caller sent.
func Lookup(w http.ResponseWriter, r *http.Request) {
	var q Patient
	json.NewDecoder(r.Body).Decode(&q)
	p := LoadPatient(q.ID)
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

// Enrich adds stored data to the decoded record before answering.
func Enrich(w http.ResponseWriter, r *http.Request) {
	var p Patient
	json.NewDecoder(r.Body).Decode(&p)
	p.Diagnosis = LookupDiagnosis(p.ID)
	json.NewEncoder(w).Encode(p) // want `LookupDiagnosis\(\) \(clinical\).* is sent in a response`
}

// Overwrite decodes the request, then fills the same record from a file:
// what it answers with is no longer what the caller sent.
func Overwrite(w http.ResponseWriter, r *http.Request) {
	var p Patient
	json.NewDecoder(r.Body).Decode(&p)
	saved, _ := os.ReadFile("/var/lib/patients/" + p.ID)
	json.Unmarshal(saved, &p)
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

// Either answers with the decoded record or a stored one.
func Either(w http.ResponseWriter, r *http.Request, stored bool) {
	p := new(Patient)
	json.NewDecoder(r.Body).Decode(p)
	if stored {
		p = LoadPatient(p.ID)
	}
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

// Decode is a helper that returns the request's record.
func Decode(r *http.Request) (*Patient, error) {
	p := &Patient{}
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return nil, err
	}
	return p, nil
}

// Parse builds a record from the bytes it is given.
func Parse(b []byte) *Patient {
	return &Patient{Name: string(b)}
}

// ViaHelpers answers with what the helpers made of the request.
func ViaHelpers(w http.ResponseWriter, r *http.Request) {
	p, err := Decode(r)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(p) // clean: Decode returns the caller's own record
	body, _ := io.ReadAll(r.Body)
	json.NewEncoder(w).Encode(Parse(body)) // clean: a record of the caller's own bytes
	log.Printf("%v", p)                    // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

// ParseSaved builds a record from a file: a record, not the caller's.
func ParseSaved(w http.ResponseWriter, r *http.Request) {
	saved, _ := os.ReadFile("/var/lib/patients/latest")
	json.NewEncoder(w).Encode(Parse(saved)) // want `Patient.Name \(direct\).* is sent in a response`
}

// Literals hold what they are given.
func Literals(w http.ResponseWriter, r *http.Request, id string) {
	json.NewEncoder(w).Encode(Patient{})        // clean: an empty literal holds nothing
	json.NewEncoder(w).Encode(&Patient{ID: id}) // clean: given only its unmarked ID
	keyOnly, _ := json.Marshal(&Patient{ID: id})
	w.Write(keyOnly) // clean: an encoder only reads the pointer it is given
	n := LookupName(id)
	json.NewEncoder(w).Encode(Patient{ID: id, Name: n}) // want `Patient.Name \(direct\).* is sent in a response`
	m := r.Header.Get("X-Name")
	json.NewEncoder(w).Encode(Patient{Name: m}) // want `Patient.Name \(direct\).* is sent in a response`
	var filled Patient
	json.Unmarshal([]byte(m), &filled)
	json.NewEncoder(w).Encode(filled) // want `Patient.Name \(direct\).* is sent in a response`
}

// builtKey builds a record holding only its key; builtNamed, its key and a name.
func builtKey(id string) *Patient      { return &Patient{ID: id} }
func builtKeyAgain(id string) *Patient { return builtKey(id) }
func builtNamed(id, n string) *Patient { return &Patient{ID: id, Name: n} }

// A helper that builds a literal returns what it is given, as the literal
// would hold.
func HelperLiterals(w http.ResponseWriter, id string) {
	json.NewEncoder(w).Encode(builtKey(id))      // clean: given only its unmarked ID
	json.NewEncoder(w).Encode(builtKeyAgain(id)) // clean: the same, one call further
	log.Printf("%+v", builtKey(id))              // clean: printed whole, it holds only the ID
	n := LookupName(id)
	json.NewEncoder(w).Encode(builtNamed(id, n))      // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(builtNamed(id, "x"+id)) // want `Patient.Name \(direct\).* is sent in a response`
}

// Collections hold what is stored into them: a make or an empty slice
// literal holds nothing until an element is given something.
func Collections(w http.ResponseWriter, id string, saved []Patient) {
	made := make([]Patient, len(id))
	json.NewEncoder(w).Encode(made) // clean: zero records
	none := []*Patient{}
	kept := &none
	json.NewEncoder(w).Encode(kept) // clean: a pointer to an empty slice
	given := make([]Patient, 1)
	given[0].Name = LookupName(id)
	json.NewEncoder(w).Encode(given) // want `Patient.Name \(direct\).* is sent in a response`
	var into []Patient
	all := make([]Patient, 2)
	all[1] = Patient{Name: LookupName(id)}
	into = all
	holder := &into
	json.NewEncoder(w).Encode(holder) // want `Patient.Name \(direct\).* is sent in a response`
	copied := make([]Patient, 1)
	copy(copied, saved)
	json.NewEncoder(w).Encode(copied) // want `Patient.Name \(direct\).* is sent in a response`
}

// Appended slices hold what append is given, as literals do.
func Appended(w http.ResponseWriter, ids []string, saved []Patient) {
	var keys []Patient
	for _, id := range ids {
		keys = append(keys, Patient{ID: id})
	}
	json.NewEncoder(w).Encode(keys) // clean: given only unmarked keys
	made := append(make([]*Patient, 0, 2), &Patient{ID: ids[0]})
	json.NewEncoder(w).Encode(made) // clean: given only an unmarked key
	var named []Patient
	for _, id := range ids {
		named = append(named, Patient{ID: id, Name: LookupName(id)})
	}
	json.NewEncoder(w).Encode(named) // want `Patient.Name \(direct\).* is sent in a response`
	more := append([]Patient{}, saved...)
	json.NewEncoder(w).Encode(more) // want `Patient.Name \(direct\).* is sent in a response`
	var later []Patient
	later = append(later, Patient{ID: ids[0]})
	later[0].Name = LookupName(ids[0])
	json.NewEncoder(w).Encode(later) // want `Patient.Name \(direct\).* is sent in a response`
}

// Hook is told of each record the service stores. Nothing in this
// program implements it, so a call through it runs no code.
type Hook interface {
	Stored(p *Patient)
}

// Enricher may write into what it is given: Archive implements it.
type Enricher interface {
	Enrich(p *Patient)
}

// Archive refills the record from a file.
type Archive struct{ Dir string }

func (a Archive) Enrich(p *Patient) {
	saved, _ := os.ReadFile(a.Dir + p.ID)
	json.Unmarshal(saved, p)
}

// Notified answers with the decoded record after telling a hook of it.
func Notified(w http.ResponseWriter, r *http.Request, h Hook, e Enricher) {
	p := &Patient{}
	if json.NewDecoder(r.Body).Decode(p) != nil {
		return
	}
	h.Stored(p)
	json.NewEncoder(w).Encode(p) // clean: no implementation can have written into it
	q := &Patient{}
	json.NewDecoder(r.Body).Decode(q)
	e.Enrich(q)
	json.NewEncoder(w).Encode(q) // want `Patient.Name \(direct\).* is sent in a response`
	s := LoadPatient(p.ID)
	h.Stored(s)
	json.NewEncoder(w).Encode(s) // want `Patient.Name \(direct\).* is sent in a response`
}

// Normalize trims what it is given, through a call the catalog knows to
// compute its result from its arguments alone.
func Normalize(b []byte) string { return strings.TrimSpace(string(b)) }

// Resolve trims the name stored under what it is given: not only its
// argument.
func Resolve(b []byte) string { return strings.TrimSpace(LookupName(string(b))) }

// EchoNormalized answers with records built from transforms of the body.
func EchoNormalized(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	json.NewEncoder(w).Encode(Parse([]byte(Normalize(body)))) // clean: the caller's own bytes, trimmed
	json.NewEncoder(w).Encode(Parse([]byte(Resolve(body))))   // want `Patient.Name \(direct\).* is sent in a response`
	saved, _ := os.ReadFile("/var/lib/patients/latest")
	json.NewEncoder(w).Encode(Parse([]byte(Normalize(saved)))) // want `Patient.Name \(direct\).* is sent in a response`
	log.Print(Parse([]byte(Normalize(body))))                  // want `Patient.Name \(direct\).* reaches log sink log.Print`
}

// Registry stores records; its errors quote what they were given.
type Registry struct{ names map[string]bool }

// Create refuses a record whose name is taken, quoting the name.
func (g *Registry) Create(p *Patient) error {
	if g.names[p.Name] {
		return fmt.Errorf("patient %s already registered", p.Name)
	}
	return nil
}

// Register answers with the error of storing the record it decoded: the
// error quotes only the caller's own record.
func Register(w http.ResponseWriter, r *http.Request, g *Registry) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	if err := g.Create(&p); err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // clean: the caller's own name, sent back to it
		log.Print(err)                                  // want `Patient.Name \(direct\).* reaches log sink log.Print`
	}
}

// Conflict quotes the name given and the name stored under its ID: the
// stored one is not the caller's.
func (g *Registry) Conflict(p *Patient) error {
	return fmt.Errorf("patient %s conflicts with %s", p.Name, LookupName(p.ID))
}

// badge prints through a method, which may read anything.
type badge struct{ id string }

func (b badge) String() string { return LookupName(b.id) }

// Describe quotes the name given and a badge printed by its String.
func (g *Registry) Describe(p *Patient) error {
	return fmt.Errorf("patient %s (%v)", p.Name, badge{p.ID})
}

// RegisterConflict answers with errors that quote more than the caller's
// own record.
func RegisterConflict(w http.ResponseWriter, r *http.Request, g *Registry) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	if err := g.Conflict(&p); err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // want `LookupName\(\) \(direct\).* is sent in a response by http.Error`
	}
	if err := g.Describe(&p); err != nil {
		// The caller's own name is not the disclosure; what the badge's
		// String looks up is.
		http.Error(w, err.Error(), http.StatusConflict) // want `LookupName\(\) \(direct\).* is sent in a response by http.Error`
	}
}

// Save stores the record and returns it, or an error quoting its name.
func (g *Registry) Save(p *Patient) (*Patient, error) {
	if g.names[p.Name] {
		return nil, fmt.Errorf("patient %s already registered", p.Name)
	}
	return p, nil
}

// RegisterSaved answers with what Save returns of the decoded record.
func RegisterSaved(w http.ResponseWriter, r *http.Request, g *Registry) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	saved, err := g.Save(&p)
	if err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // clean: the caller's own name, sent back to it
		return
	}
	json.NewEncoder(w).Encode(saved) // clean: the caller's own record
	log.Print(err, saved)            // want `Patient.Name \(direct\).* reaches log sink log.Print`
}

// lookedUp prints the name stored under an ID, through its String.
type lookedUp string

func (l lookedUp) String() string { return LookupName(string(l)) }

// note is printed field by field, its Ref through lookedUp's String.
type note struct {
	ID  string
	Ref lookedUp
}

// Explain formats a struct that holds a Stringer: printing it calls the
// method, which reads a source.
func (g *Registry) Explain(p *Patient) error {
	return fmt.Errorf("%s: %v", p.Name, note{ID: p.ID, Ref: lookedUp(p.ID)})
}

// RegisterExplained answers with an error whose printed value reads more
// than the caller's own record through a method.
func RegisterExplained(w http.ResponseWriter, r *http.Request, g *Registry) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	if err := g.Explain(&p); err != nil {
		http.Error(w, err.Error(), http.StatusConflict) // want `is sent in a response by http.Error`
	}
}
