// Package lib builds structs whose fields hold functions; package app
// calls them.
package lib

import "log"

type Notifier struct {
	Logf func(string, ...any)
}

func NewNotifier() *Notifier { return &Notifier{Logf: log.Printf} }

type Chatty struct {
	Say func(string)
}

func NewChatty() *Chatty {
	return &Chatty{Say: func(s string) { log.Println("said", s) }}
}

type Quiet struct {
	Logf func(string, ...any)
}

func NewQuiet() *Quiet { return &Quiet{Logf: func(string, ...any) {}} }

// Routes maps names to handlers; one logs.
var Routes = map[string]func(string){
	"audit": auditLine,
}

func auditLine(s string) { log.Print("audit ", s) }

// Sender keeps the function its caller gives it.
type Sender struct {
	Emit func(string)
}

func NewSender(emit func(string)) *Sender { return &Sender{Emit: emit} }

// Courier keeps, unexported, the function its constructor was given,
// and calls it with what its methods are passed: what that function is
// comes from its callers.
type Courier struct{ deliver func(string) }

func NewCourier(deliver func(string)) *Courier { return &Courier{deliver: deliver} }

func (c *Courier) Deliver(s string) { c.deliver(s) }

func (c *Courier) DeliverTo(to, s string) { c.Deliver(to + ": " + s) }

// Printer keeps a printf-like function.
type Printer struct{ logf func(string, ...any) }

func NewPrinter(logf func(string, ...any)) *Printer { return &Printer{logf: logf} }

func (r *Printer) Say(s string) { r.logf("said %s", s) }

// Hooked is given its hook by a setter.
type Hooked struct{ hook func(string) }

func (h *Hooked) SetHook(f func(string)) { h.hook = f }

func (h *Hooked) Fire(s string) { h.hook(s) }

// Board keeps handlers registered one by one.
type Board struct{ handlers map[string]func(string) }

func (b *Board) Handle(name string, h func(string)) { b.handlers[name] = h }

func (b *Board) Post(name, s string) { b.handlers[name](s) }

// Pager is only ever given functions that keep what they are passed.
type Pager struct{ page func(string) }

func NewPager(page func(string)) *Pager { return &Pager{page: page} }

func (g *Pager) Page(s string) { g.page(s) }

// Mailer keeps a method value.
type Mailer struct{ mail func(...any) }

func NewMailer(mail func(...any)) *Mailer { return &Mailer{mail: mail} }

func (m *Mailer) Mail(s string) { m.mail("mail", s) }
