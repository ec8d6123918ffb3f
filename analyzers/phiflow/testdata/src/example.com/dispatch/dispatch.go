// Package dispatch calls through interfaces whose implementations are in
// the package: the data follows the implementations' summaries.
package dispatch

import (
	"fmt"
	"log"
)

type Prescription struct {
	ID      string
	Drug    string `phi:"clinical"`
	Patient string `phi:"direct"`
}

// Stock reserves drugs; its one implementation names the drug in errors.
type Stock interface {
	Reserve(drug string, qty int) error
}

type shelf struct{ left map[string]int }

func (s *shelf) Reserve(drug string, qty int) error {
	if s.left[drug] < qty {
		return fmt.Errorf("out of %s", drug)
	}
	return nil
}

// Labeler prints labels; its one implementation ignores the drug.
type Labeler interface {
	Label(id, drug string) string
}

type plain struct{}

func (plain) Label(id, drug string) string { return "label " + id }

// Notifier sends messages; its implementation is a marked sink.
type Notifier interface {
	Notify(to, msg string)
}

type sms struct{}

//phi:sink transmit
func (sms) Notify(to, msg string) {}

type Dispenser struct {
	stock Stock
	label Labeler
	note  Notifier
}

func (d *Dispenser) Dispense(rx *Prescription) {
	if err := d.stock.Reserve(rx.Drug, 1); err != nil {
		log.Printf("dispense %s: %v", rx.ID, err) // want `Prescription.Drug \(clinical\) reaches log sink`
	}
	log.Println(d.label.Label(rx.ID, rx.Drug)) // clean: the only Labeler shows the ID alone
	d.note.Notify("pharmacy", rx.Patient)      // want `Prescription.Patient \(direct\) is transmitted by`
	d.note.Notify("pharmacy", rx.ID)           // clean: surrogate key
}

// Consent checks that a clinician may see a prescription.
//
//phi:check
func Consent(clinician, id string) error {
	if clinician == "" {
		return fmt.Errorf("no consent")
	}
	return nil
}

//phi:source clinical
func loadPrescription(id string) *Prescription { return &Prescription{ID: id} }

// Records hands prescriptions out; both its implementations check the
// clinician's consent first, and return the record only on success.
type Records interface {
	Get(clinician, id string) (*Prescription, error)
}

type checkedStore struct{}

func (checkedStore) Get(clinician, id string) (*Prescription, error) {
	if err := Consent(clinician, id); err != nil {
		return nil, err
	}
	return loadPrescription(id), nil
}

type checkedCache struct{ hits map[string]*Prescription }

func (c checkedCache) Get(clinician, id string) (*Prescription, error) {
	if err := Consent(clinician, id); err != nil {
		return nil, err
	}
	return loadPrescription(id), nil
}

// Archive hands prescriptions out too, but one implementation does not
// check.
type Archive interface {
	Fetch(clinician, id string) (*Prescription, error)
}

type checkedArchive struct{}

func (checkedArchive) Fetch(clinician, id string) (*Prescription, error) {
	if err := Consent(clinician, id); err != nil {
		return nil, err
	}
	return loadPrescription(id), nil
}

type openArchive struct{}

func (openArchive) Fetch(clinician, id string) (*Prescription, error) {
	return loadPrescription(id), nil
}

// Dispense logs what the implementations returned on success: guarded
// when every implementation checks.
func Dispense(r Records, clinician, id string) {
	p, err := r.Get(clinician, id)
	if err != nil {
		return
	}
	log.Printf("dispensing %s", p.Drug) // clean: every Records checks before it returns
}

// Archived is Dispense through Archive, one of whose implementations
// does not check.
func Archived(a Archive, clinician, id string) {
	q, err := a.Fetch(clinician, id)
	if err != nil {
		return
	}
	log.Printf("archived %s", q.Drug) // want `Prescription.Drug \(clinical\) reaches log sink log.Printf`
}

// Gate's method is declared a check on the interface itself, as the
// configuration's (pkg.Gate).Permit would.
type Gate interface {
	//phi:check
	Permit(clinician, id string) error
}

func Gated(g Gate, clinician, id string) {
	g.Permit(clinician, id) // want "PHI2001"
	if err := g.Permit(clinician, id); err != nil {
		return
	}
	log.Printf("gated %s", loadPrescription(id).Drug) // clean: the check holds
}

func Ungated(g Gate, id string) {
	log.Printf("ungated %s", loadPrescription(id).Drug) // want `Prescription.Drug \(clinical\) reaches log sink log.Printf`
}

// Contacts finds a patient's contact details; one implementation is a
// declared source, the other hands back what it is given.
type Contacts interface {
	PhoneOf(id string) string
}

type contactBook struct{}

//phi:source direct
func (contactBook) PhoneOf(id string) string { return "" }

type Roster interface {
	WardOf(id string) string
}

type wardList struct{}

func (wardList) WardOf(id string) string { return "ward for " + id }

// Registry's method is declared a source on the interface itself, and
// its implementation too: one label, the interface's.
type Registry interface {
	//phi:source direct
	NameOf(id string) string
}

type registryTable struct{}

//phi:source direct
func (registryTable) NameOf(id string) string { return "" }

func Remind(c Contacts, r Roster, g Registry, id string) {
	log.Printf("texting %s", c.PhoneOf(id)) // want `contactBook.PhoneOf\(\) \(direct\) reaches log sink log.Printf`
	log.Printf("ward %s", r.WardOf(id))     // clean: no implementation is a source, and the ID is a surrogate key
	log.Printf("name %s", g.NameOf(id))     // want `^Registry.NameOf\(\) \(direct\) reaches log sink log.Printf`
}

// AccessLog records which clinician saw which prescription.
//
//phi:audit
func AccessLog(clinician, id string) {}

// Ledger records disclosures; every implementation is an audit: one
// calls AccessLog, the other is declared one itself.
type Ledger interface {
	Record(clinician, id string)
}

type accessLedger struct{}

func (accessLedger) Record(clinician, id string) { AccessLog(clinician, id) }

type declaredLedger struct{}

//phi:audit
func (declaredLedger) Record(clinician, id string) {}

// Journal records too, but one implementation records nothing.
type Journal interface {
	Note(clinician, id string)
}

type accessJournal struct{}

func (accessJournal) Note(clinician, id string) { AccessLog(clinician, id) }

type silentJournal struct{}

func (silentJournal) Note(clinician, id string) {}

// Recorded logs after an audit through an interface whose every
// implementation audits, as a direct call of either would be.
func Recorded(l Ledger, clinician, id string) {
	p := loadPrescription(id)
	l.Record(clinician, id)
	log.Printf("dispensed %s", p.Drug) // clean: every Ledger audits
}

// Noted logs after a call through an interface one of whose
// implementations records nothing.
func Noted(j Journal, clinician, id string) {
	p := loadPrescription(id)
	j.Note(clinician, id)
	log.Printf("dispensed %s", p.Drug) // want `Prescription.Drug \(clinical\) reaches log sink log.Printf`
}

// RecordedBy audits through a function value that can only be an audit.
func RecordedBy(clinician, id string) {
	record := AccessLog
	if clinician == "" {
		record = declaredLedger{}.Record
	}
	p := loadPrescription(id)
	record(clinician, id)
	log.Printf("dispensed %s", p.Drug) // clean: every function record may be audits
}

// NotedBy calls a function value one of whose targets records nothing.
func NotedBy(clinician, id string) {
	record := AccessLog
	if clinician == "" {
		record = silentJournal{}.Note
	}
	p := loadPrescription(id)
	record(clinician, id)
	log.Printf("dispensed %s", p.Drug) // want `Prescription.Drug \(clinical\) reaches log sink log.Printf`
}
