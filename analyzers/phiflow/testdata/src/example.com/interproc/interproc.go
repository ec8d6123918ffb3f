// Package interproc exercises §3 "Where a flow is judged and reported".
package interproc

import (
	"log"
	"log/slog"
)

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func Record(p *Patient) {}

// An unexported helper logging a parameter is judged at each call.

func logName(name string) {
	log.Println("patient", name) // clean here: judged at each call
}

func Admit(p *Patient) {
	logName(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	if Allowed(p) {
		logName(p.Name) // clean: guarded at the call
	}
	logName(p.ID) // clean
}

// An unexported helper that reads the marked field itself is also judged
// at each call.
// contract: §3 "Unexported functions (not used as a value) are judged at
// each of their calls, as if inlined there: a call where the guard holds is
// clean; a call where it does not gets the finding, at the call."

func logPatient(p *Patient) {
	log.Println("seen", p.NHSNumber) // clean here: judged at each call
}

func Discharge(p *Patient) {
	logPatient(p) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
}

func Transfer(p *Patient) {
	if !Allowed(p) {
		return
	}
	logPatient(p) // clean
}

// Two unexported levels: the report goes up to where the data is read.

func outer(s string) { inner("ward: " + s) }

func inner(s string) { log.Print(s) }

func Board(p *Patient) {
	outer(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func BoardAudited(p *Patient) {
	Record(p)
	outer(p.Name) // clean: audited
}

// An exported function with a record parameter is judged in its own body.

func LogAdmission(p *Patient) {
	log.Printf("admitted %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func Ward(p *Patient) {
	LogAdmission(p) // clean: reported inside LogAdmission
	if Allowed(p) {
		LogAdmission(p) // clean
	}
}

// An exported helper taking any: the data is not recognisable inside, so
// the flow is reported at the call in the caller.

func Debug(v any) {
	log.Printf("debug: %v", v) // clean here
}

func Triage(p *Patient) {
	Debug(p.NHSNumber) // want `Patient.NHSNumber \(direct\) reaches log sink log.Printf`
	Debug(p)           // want `Patient\..* reaches log sink log.Printf`
	Debug(p.ID)        // clean
	if Allowed(p) {
		Debug(p.Name) // clean: guarded where reported
	}
}

// A guard inside the callee, before the sink, counts.

func AuditedNote(p *Patient, msg string) {
	Record(p)
	log.Print(msg)
}

func Notes(p *Patient) {
	AuditedNote(p, "seen "+p.Name) // clean: audited inside the callee before the sink
}

// A helper used as a value is judged in its own body.

func printName(p *Patient) {
	log.Println("on list:", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func forEach(ps []*Patient, f func(*Patient)) {
	for _, p := range ps {
		f(p)
	}
}

func List(ps []*Patient) {
	forEach(ps, printName) // clean here: printName is judged in its own body
}

// Data returned by a helper is recognisable in the caller.

func label(p *Patient) string { return p.Name + " [" + p.ID + "]" }

func Header(p *Patient) {
	log.Println(label(p)) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// Positions: a multi-line call is reported where it starts.

func MultiLine(p *Patient, ward string) {
	log.Printf("patient %s admitted to %s", // want `Patient.Name \(direct\) reaches log sink log.Printf`
		p.Name,
		ward)
}

func MultiLineHelper(p *Patient) {
	logName( // want `Patient.Name \(direct\) reaches log sink log.Println`
		p.Name,
	)
}

// A method chain is reported at the start of the chain.

func SlogChain(p *Patient) {
	slog.With("nhs", p.NHSNumber). // want `Patient.NHSNumber \(direct\) reaches log sink`
					Info("admitted")
}

// Each flow is reported once.

func Once(p *Patient) {
	name := p.Name
	msg := "patient " + name
	log.Print(msg) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func SlogLogger(p *Patient) {
	l := slog.With("nhs", p.NHSNumber)
	l.Info("admitted") // want `Patient.NHSNumber \(direct\) reaches log sink`
}

// An unexported helper passing data on to an exported one.

func Note(s string) { log.Print("note: " + s) }

func noteName(p *Patient) { Note(p.Name) }

func Rounds(p *Patient) {
	noteName(p) // want `Patient.Name \(direct\) reaches log sink log.Print`
	if Allowed(p) {
		noteName(p) // clean
	}
}

// A method helper on an unexported type is judged at each call too.

type board struct{ title string }

func (b *board) show(name string) { log.Println(b.title, name) }

func Show(p *Patient) {
	b := &board{title: "Ward 7"}
	b.show(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func ShowAudited(p *Patient) {
	b := &board{title: "Ward 7"}
	Record(p)
	b.show(p.Name) // clean: audited
}

// contract: §3 "data that the unexported function obtains itself, not
// from its parameters or receiver (from a source function or var, from a
// call that returns identifiable data ...) is reported inside it, at the
// sink call or the call that passes it on, ... once, when any call of it
// leaves the flow unacceptable".

// LookupNHS returns the NHS number on file for a booking.
//
//phi:source direct
func LookupNHS(booking string) string { return "" }

func confirm(booking string) {
	nhs := LookupNHS(booking)
	log.Println("confirmed", nhs) // want `LookupNHS\(\) \(direct\) reaches log sink log.Println`
}

func Book(p *Patient, booking string) {
	confirm(booking) // clean here: the number is obtained inside confirm
	if Allowed(p) {
		confirm(booking) // clean here too
	}
}

// Guarded at every call, the flow inside is acceptable.

func remind(booking string) {
	nhs := LookupNHS(booking)
	log.Println("reminded", nhs) // clean: every call is guarded
}

func Remind(p *Patient, booking string) {
	if Allowed(p) {
		remind(booking)
	}
	Record(p)
	remind(booking)
}

// Own data passed on to another unexported helper is reported where it
// is passed on; the helper's parameter is reported at that call.

func forward(booking string) {
	nhs := LookupNHS(booking)
	logName(nhs) // want `LookupNHS\(\) \(direct\) reaches log sink log.Println`
}

func Forward(booking string) {
	forward(booking) // clean here
}

// Own data and parameter data in one helper: each where it belongs.

func both(p *Patient, booking string) {
	log.Println("patient", p.Name) // clean here: parameter data, reported at the call
	nhs := LookupNHS(booking)
	log.Println("booking", nhs) // want `LookupNHS\(\) \(direct\) reaches log sink log.Println`
}

func Both(p *Patient, booking string) {
	both(p, booking) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// What a record parameter's method returns is that parameter's data,
// even when the method is declared a source; so is a record reached
// through a parameter whose address is taken.

//phi:source direct
func (p *Patient) Display() string { return p.Name }

type visit struct {
	patient *Patient
	ward    string
}

func announce(v visit) {
	defer func() { v.ward = "" }()
	log.Println("visiting", v.patient.Display()) // clean here: parameter data, reported at the call
}

func Visit(p *Patient) {
	announce(visit{patient: p, ward: "7"}) // want `Patient.Display\(\) \(direct\).* reaches log sink log.Println`
}

// contract: §3 "Distinct flows are distinct findings: two sinks reached
// through one call are two findings (at the same position when the rule
// above puts them there), each message naming its sink."

func twice(s string) {
	log.Print(s)
	slog.Info(s)
}

func Twice(p *Patient) {
	twice(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print ` `Patient.Name \(direct\) reaches log sink slog.Info`
}

// One sink, two flows: the parameter's data at the call, the helper's
// own data inside it.

func mixed(p *Patient, booking string) {
	log.Println(p.Name, LookupNHS(booking)) // want `^interproc.LookupNHS\(\) \(direct\) reaches log sink log.Println`
}

func Mixed(p *Patient, booking string) {
	mixed(p, booking) // want `^Patient.Name \(direct\) reaches log sink log.Println`
}
