// Package app calls function values that package lib stored.
package app

import (
	"log"

	"example.com/funcvals/lib"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Notify(n *lib.Notifier, p *Patient) {
	n.Logf("patient %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func Chat(c *lib.Chatty, p *Patient) {
	c.Say(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Hush(q *lib.Quiet, p *Patient) {
	q.Logf("patient %s", p.Name) // clean: lib only stores a no-op there
}

func Route(p *Patient, name string) {
	lib.Routes[name](p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func logLine(s string) { log.Print(s) }

func keep(string) {}

func Send(p *Patient) {
	s := lib.NewSender(logLine)
	s.Emit(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

type quietSender struct{ emit func(string) }

func newQuietSender(emit func(string)) *quietSender { return &quietSender{emit: emit} }

var quiet = newQuietSender(keep)

func SendQuiet(p *Patient) {
	quiet.emit(p.Name) // clean: only keep is ever passed
}

// A caller's own function values, stored by a constructor, setter or
// registration of lib and called by lib's methods with what the caller
// passes them.

func Deliver(p *Patient) {
	c := lib.NewCourier(func(s string) { log.Print(s) })
	c.Deliver(p.Name)        // want `Patient.Name \(direct\) reaches log sink log.Print`
	c.DeliverTo("x", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	c.Deliver(p.ID)          // clean: not identifiable
}

func Print(p *Patient) {
	lib.NewPrinter(log.Printf).Say(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

func Mail(p *Patient, lg *log.Logger) {
	lib.NewMailer(lg.Print).Mail(p.Name) // want `Patient.Name \(direct\) reaches log sink \(\*log.Logger\).Print`
}

func Hook(p *Patient) {
	prefix := "hook"
	var h lib.Hooked
	h.SetHook(func(s string) { log.Println(prefix, s) })
	h.Fire(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Post(p *Patient, b *lib.Board) {
	b.Handle("quiet", keep)
	b.Handle("loud", func(s string) { log.Print(s) })
	b.Post("loud", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func Page(p *Patient) {
	lib.NewPager(func(s string) { _ = len(s) }).Page(p.Name) // clean: the pager's functions keep it
	lib.NewPager(keep).Page(p.Name)                          // clean
}

// forward passes its parameter on: its callers are judged.
func forward(c *lib.Courier, s string) { c.Deliver(s) }

func Forward(p *Patient) {
	forward(lib.NewCourier(nil), p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

//phi:check
func allowed(p *Patient) bool { return p.ID != "" }

func DeliverChecked(p *Patient) {
	if allowed(p) {
		lib.NewCourier(nil).Deliver(p.Name) // clean: checked
	}
}
