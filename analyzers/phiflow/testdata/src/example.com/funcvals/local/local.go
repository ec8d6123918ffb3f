// Package local calls functions through values held in variables,
// fields, maps, slices and method values, in the package that stores
// them: the data follows each function the value can be.
package local

import (
	"fmt"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Mask hides a name.
//
//phi:sanitize
func Mask(s string) string { return "***" }

// Initials keeps nothing of a name.
func Initials(s string) string { return "" }

func discard(string, ...any) {}

// A local assigned in a switch: one branch logs.

func SwitchLogs(p *Patient, verbose bool) {
	var emit func(string, ...any)
	switch {
	case verbose:
		emit = log.Printf
	default:
		emit = discard
	}
	emit("admitted %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

// Every branch sanitizes or keeps nothing: clean.

func SwitchClean(p *Patient, k int) {
	var hide func(string) string
	switch k {
	case 0:
		hide = Mask
	default:
		hide = Initials
	}
	log.Println("admitted", hide(p.Name)) // clean: every branch hides the name
	var emit func(string, ...any)
	switch k {
	case 1:
		emit = discard
	default:
		emit = func(string, ...any) {}
	}
	emit("admitted %s", p.Name) // clean: every branch drops it
}

// A struct field set to log.Printf, and one set to a no-op.

type Ward struct {
	logf func(string, ...any)
}

func NewWard() *Ward { return &Ward{logf: log.Printf} }

func (w *Ward) Admit(p *Patient) {
	w.logf("admit %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

type quietWard struct {
	logf func(string, ...any)
}

func newQuietWard() *quietWard { return &quietWard{logf: discard} }

func (w *quietWard) Admit(p *Patient) {
	w.logf("admit %s", p.Name) // clean: the field only ever holds a no-op
}

// A field filled from a constructor's parameter: what its callers pass.

type Clinic struct {
	note func(string)
}

func NewClinic(note func(string)) *Clinic { return &Clinic{note: note} }

func logNote(s string) { log.Print(s) }

var clinic = NewClinic(logNote)

func (c *Clinic) Register(p *Patient) {
	c.note(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// A map of handlers.

var handlers = map[string]func(string){
	"print": func(s string) { fmt.Println(s) },
	"drop":  func(string) {},
}

func Dispatch(p *Patient, kind string) {
	handlers[kind](p.Name) // want `Patient.Name \(direct\) reaches log sink fmt.Println`
}

var quietHandlers = map[string]func(string){
	"drop": func(string) {},
	"id":   func(s string) { _ = len(s) },
}

func DispatchQuiet(p *Patient, kind string) {
	if h, ok := quietHandlers[kind]; ok {
		h(p.Name) // clean: no handler logs
	}
}

// A slice of funcs, one added by a registration.

type Hooks struct {
	on []func(string)
}

func (h *Hooks) Add(f func(string)) { h.on = append(h.on, f) }

func Setup(h *Hooks) { h.Add(logNote) }

func (h *Hooks) Fire(p *Patient) {
	for _, f := range h.on {
		f(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

var counters = []func(string) int{func(s string) int { return len(s) }}

func Count(p *Patient) {
	for _, c := range counters {
		log.Println(c(p.Name)) // clean: a length is not identifiable
	}
}

// Method values, called directly and from a goroutine's closure.

type Mailer struct{ prefix string }

func (m *Mailer) send(s string) { log.Print(m.prefix + s) }

func (m *Mailer) count(s string) int { return len(s) }

func (m *Mailer) stamp(s string) { log.Print(m.prefix) }

func MethodValue(m *Mailer, p *Patient) {
	f := m.send
	f(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	g := m.count
	log.Println(g(p.Name)) // clean: a length
	h := m.stamp
	h(p.Name) // clean: the bound receiver is the first parameter; the name is not logged
}

func MethodValueGo(m *Mailer, p *Patient) {
	f := m.send
	go func() {
		f(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}()
	g := m.count
	go func() {
		log.Println(g(p.Name)) // clean: a length
	}()
}

// Closures returned by a factory and called elsewhere.

func MakeLogger() func(string) {
	return func(s string) { log.Print(s) }
}

func MakeQuiet() func(string) {
	return func(s string) { _ = Mask(s) }
}

func UseFactory(p *Patient) {
	l := MakeLogger()
	l(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	q := MakeQuiet()
	q(p.Name) // clean: the closure logs nothing
}

// Envelope is what a local helper builds: a struct of no marked field,
// holding what the helper is given.
type Envelope struct {
	To   string
	Body *string
}

// LocalBuilder builds envelopes with a function literal: the struct it
// returns holds in its fields what it was given, as a named helper's
// does.
func LocalBuilder(p *Patient) {
	mk := func(s string) Envelope { return Envelope{To: "ward", Body: &s} }
	ptr := func(s string) *Envelope { return &Envelope{To: s} }
	log.Print(mk(p.Name))       // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(*mk(p.Name).Body) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(ptr(p.Name).To)   // want `Patient.Name \(direct\) reaches log sink log.Print`
	keys := func(id string) Envelope { return Envelope{To: id} }
	log.Print(keys(p.ID)) // clean: only the key
}

// MayView is a disclosure check.
//
//phi:check
func MayView(user, id string) error {
	if user == "" {
		return fmt.Errorf("no")
	}
	return nil
}

//phi:source direct
func loadPatient(id string) *Patient { return &Patient{ID: id} }

// Queries hold query functions that check before they return the
// record, and one that does not.
type Queries struct {
	checked   func(user, id string) (*Patient, error)
	unchecked func(user, id string) (*Patient, error)
}

func NewQueries() *Queries {
	return &Queries{
		checked: func(user, id string) (*Patient, error) {
			if err := MayView(user, id); err != nil {
				return nil, err
			}
			return loadPatient(id), nil
		},
		unchecked: func(user, id string) (*Patient, error) { return loadPatient(id), nil },
	}
}

// ViaQueries logs what the queries return on success: a check inside a
// function value guards its caller, as a direct call's does.
func (q *Queries) ViaQueries(user, id string) {
	if p, err := q.checked(user, id); err == nil {
		log.Print(p.Name) // clean: the query checked before it returned
	}
	if p, err := q.unchecked(user, id); err == nil {
		log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// ViaLocal is ViaQueries with local closures.
func ViaLocal(user, id string) {
	checked := func(id string) (*Patient, error) {
		if err := MayView(user, id); err != nil {
			return nil, err
		}
		return loadPatient(id), nil
	}
	if p, err := checked(id); err == nil {
		log.Print(p.Name) // clean: the closure checked before it returned
	}
	unchecked := func(id string) (*Patient, error) { return loadPatient(id), nil }
	if p, err := unchecked(id); err == nil {
		log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}
