// Package sources exercises every way of marking identifiable data (§1)
// and which values read from marked data are identifiable (§3).
package sources

import (
	"fmt"
	"log"
	"time"
)

type Patient struct {
	ID        string    // surrogate key, not identifiable
	NHSNumber string    `json:"nhs_number" phi:"direct"`
	Name      string    `phi:"direct"`
	BirthDate time.Time `phi:"indirect"`
	Postcode  string    `phi:"indirect"`
	Diagnosis []string  `phi:"clinical"`
	Deceased  bool      `phi:"clinical"`
	Pseudonym string    `phi:"-"`
}

func LogDirect(p *Patient) {
	log.Printf("admitted %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func LogIndirect(p *Patient) {
	log.Printf("area %s", p.Postcode) // want `Patient.Postcode \(indirect\) reaches log sink log.Printf`
}

func LogClinical(p *Patient) {
	log.Println("dx", p.Diagnosis) // want `Patient.Diagnosis \(clinical\) reaches log sink log.Println`
}

// contract: §3 "A value is identifiable when it is read from a marked field
// (whatever its type: a marked `bool` is identifiable)".
func LogMarkedBool(p *Patient) {
	log.Printf("deceased=%t", p.Deceased) // want `Patient.Deceased \(clinical\) reaches log sink log.Printf`
}

func LogBirthDate(p *Patient) {
	log.Println("dob", p.BirthDate.Format("2006-01-02")) // want `Patient.BirthDate \(indirect\) reaches log sink log.Println`
}

func LogBirthDateWhole(p *Patient) {
	log.Printf("dob %v", p.BirthDate) // want `Patient.BirthDate \(indirect\) reaches log sink log.Printf`
}

func LogPseudonym(p *Patient) {
	log.Printf("pseudonym %s", p.Pseudonym) // clean: phi:"-"
}

func LogSurrogateKey(p *Patient) {
	log.Printf("patient id %s", p.ID) // clean: unmarked field of a record
}

// The same unmarked field read from a record passed by value.
func LogSurrogateKeyByValue(p Patient) {
	log.Printf("patient id %s", p.ID) // clean: unmarked field of a record
}

func LogRecordWhole(p *Patient) {
	log.Printf("loaded %+v", p) // want `Patient\..* reaches log sink log.Printf`
}

func LogRecordValue(p Patient) {
	fmt.Println(p) // want `Patient\..* reaches log sink fmt.Println`
}

// Nested records.

type Address struct {
	Line1    string `phi:"direct"`
	Postcode string `phi:"indirect"`
	Country  string
}

// Visit has no marked field of its own; it is a record through Home.
type Visit struct {
	ID   string
	Ward string
	Home Address
}

func LogVisitWhole(v *Visit) {
	log.Printf("visit %+v", v) // want `Address\..* reaches log sink log.Printf`
}

func LogVisitHome(v Visit) {
	log.Println("home", v.Home) // want `Address\..* reaches log sink log.Println`
}

func LogVisitLine(v Visit) {
	log.Println("line1", v.Home.Line1) // want `Address.Line1 \(direct\) reaches log sink log.Println`
}

func LogVisitUnmarked(v Visit) {
	log.Println("visit", v.ID, v.Ward, v.Home.Country) // clean: unmarked fields
}

// Collections of records.

func LogSlice(ps []*Patient) {
	log.Printf("batch %v", ps) // want `Patient\..* reaches log sink log.Printf`
}

func LogMap(byID map[string]Patient) {
	log.Println("cache", byID) // want `Patient\..* reaches log sink log.Println`
}

func LogArray(pair [2]Patient) {
	log.Println("pair", pair) // want `Patient\..* reaches log sink log.Println`
}

func LogSliceElemField(ps []*Patient) {
	for _, p := range ps {
		log.Println("next", p.NHSNumber) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
	}
}

func LogSliceElemID(ps []*Patient) {
	for _, p := range ps {
		log.Println("next", p.ID) // clean
	}
	log.Println("count", len(ps)) // clean
}

// A record whose String method redacts prints clean, whole or in a slice.

type Summary struct {
	Name string `phi:"direct"`
	Ward string
}

func (s Summary) String() string { return "patient on " + s.Ward }

func LogSummary(s Summary, all []Summary) {
	log.Println(s)              // clean: String emits no identifiable data
	log.Printf("%v", all)       // clean: element by element
	log.Println("name", s.Name) // want `Summary.Name \(direct\) reaches log sink log.Println`
}

// //phi:source on a type.

// NHSNumber is a 10-digit NHS number.
//
//phi:source direct
type NHSNumber string

func LogSourceType(n NHSNumber) {
	log.Println("nhs", n) // want `NHSNumber.* reaches log sink log.Println`
}

type Referral struct {
	ID  string
	NHS NHSNumber // unmarked field of a source type
}

func LogSourceTypedField(r Referral) {
	log.Println("referral", r.NHS) // want `NHSNumber.* reaches log sink log.Println`
}

// MRN is a hospital medical record number; printing it shows a redaction.
//
//phi:source direct
type MRN string

func (MRN) String() string { return "MRN(redacted)" }

func LogRedactingType(m MRN) {
	log.Println("mrn", m)         // clean: String redacts
	log.Printf("mrn %v", m)       // clean: String redacts
	log.Println("raw", string(m)) // want `MRN.* reaches log sink log.Println`
}

// Phone's String method returns the number itself.
//
//phi:source direct
type Phone string

func (p Phone) String() string { return string(p) }

func LogLeakyStringer(p Phone) {
	log.Println("phone", p) // want `Phone.* reaches log sink log.Println`
}

// //phi:source on a field.

type Letter struct {
	ID string
	//phi:source clinical
	Body string
	// Sent is not identifiable.
	Sent time.Time
}

func LogLetter(l Letter) {
	log.Println("letter", l.Body) // want `Letter.Body \(clinical\) reaches log sink log.Println`
	log.Println("sent", l.Sent)   // clean
}

func LogLetterPtr(l *Letter) {
	log.Println("sent", l.Sent) // clean
}

// //phi:source on a func: its results.

// LookupName returns the patient's name from the PDS cache.
//
//phi:source direct
func LookupName(id string) (string, error) {
	if id == "" {
		return "", fmt.Errorf("empty id")
	}
	return "Jane Doe", nil
}

func LogSourceFunc(id string) {
	name, err := LookupName(id)
	if err != nil {
		log.Println("lookup failed:", err) // clean: the error result is not a source
		return
	}
	log.Println("found", name) // want `reaches log sink log.Println`
}

// Contact marks no field; values returned by a source func are
// identifiable as a whole, fields included.
type Contact struct {
	Phone string
	Email string
}

//phi:source direct
func FindContact(id string) *Contact { return &Contact{} }

func defaultContact() *Contact { return &Contact{Email: "switchboard@example.nhs.uk"} }

// contract: §3 "A source function's result whose type marks no fields is
// identifiable as a whole, fields included."
func LogContact(id string) {
	c := FindContact(id)
	log.Println("contact", c)     // want `reaches log sink log.Println`
	log.Println("email", c.Email) // want `reaches log sink log.Println`
	d := defaultContact()
	log.Println("fallback", d.Email) // clean: not from a source
}

//phi:source direct
func LoadPatient(id string) *Patient { return &Patient{ID: id} }

// contract: §3 "its unmarked fields (`p.ID`) are not identifiable on their
// own" — LoadPatient's result type marks fields, so it is a record.
func LogLoadedPatient(id string) {
	p := LoadPatient(id)
	log.Println("loaded", p.ID) // clean
	log.Println("name", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// //phi:source on a package-level var.

// LastCaller is the name of the last patient who phoned the ward.
//
//phi:source direct
var LastCaller string

// ServiceName is not identifiable.
var ServiceName = "ward-board"

func LogVars() {
	log.Println("caller", LastCaller)   // want `reaches log sink log.Println`
	log.Println("service", ServiceName) // clean
}

// A struct type marked as a source: its values are identifiable as a
// whole, fields included.

// LabResult is a pathology result.
//
//phi:source clinical
type LabResult struct {
	Code  string
	Value float64
}

func LogLabResult(r LabResult) {
	log.Println("result", r)      // want `LabResult.* reaches log sink log.Println`
	log.Println("value", r.Value) // want `LabResult.* reaches log sink log.Println`
}

// A source method.

type PDS struct{ base string }

// FamilyName looks a family name up on the spine.
//
//phi:source direct
func (c *PDS) FamilyName(nhs string) string { return "Doe" }

// Endpoint is not a source.
func (c *PDS) Endpoint() string { return c.base }

func LogSourceMethod(c *PDS, nhs string) {
	log.Println("family", c.FamilyName(nhs)) // want `reaches log sink log.Println`
	log.Println("endpoint", c.Endpoint())    // clean
}

// Embedded records.

type Inpatient struct {
	Patient
	Bed string
}

func LogInpatient(ip *Inpatient) {
	log.Printf("%+v", ip)             // want `Patient\..* reaches log sink log.Printf`
	log.Println("name", ip.Name)      // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println("bed", ip.Bed, ip.ID) // clean
}

// Printing uses Error, LogValue and MarshalJSON where a type has them.

type ConsentError struct {
	PatientName string `phi:"direct"`
	Reason      string
}

func (e *ConsentError) Error() string { return "no consent: " + e.Reason }

type LookupError struct {
	NHSNumber string `phi:"direct"`
}

func (e *LookupError) Error() string { return "no record for " + e.NHSNumber }

func LogErrors(ce *ConsentError, le *LookupError) {
	log.Println("refused:", ce) // clean: Error emits no identifiable data
	log.Println("failed:", le)  // want `LookupError.NHSNumber \(direct\) reaches log sink log.Println`
}

// A conversion into a source type makes the value identifiable.
func LogConvertedToSourceType(raw string) {
	n := NHSNumber(raw)
	log.Println("nhs", n) // want `NHSNumber.* reaches log sink log.Println`
}

// Map keys that are surrogate keys are not identifiable.
func LogMapKeys(byID map[string]*Patient) {
	for id := range byID {
		log.Println("cached", id) // clean
	}
}

// A source function's own body is analysed as usual.
//
//phi:source direct
func LookupPostcode(id string) string {
	log.Println("looking up", id) // clean
	return "SW1A 1AA"
}
