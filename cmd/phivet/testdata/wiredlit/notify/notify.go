// Package notify keeps functions its callers give it, in unexported
// fields, and calls them later with a patient's name. It imports neither
// the package that passes them nor anything that logs.
package notify

import "example.com/wiredlit/model"

// Notifier keeps the function its constructor was given.
type Notifier struct{ send func(string) }

func New(send func(string)) *Notifier { return &Notifier{send: send} }

func (n *Notifier) Patient(p *model.Patient) {
	n.send(p.Name) // leak: PHI1001
}

// Pager is only ever given functions that keep the name to themselves.
type Pager struct{ page func(string) }

func NewPager(page func(string)) *Pager { return &Pager{page: page} }

func (g *Pager) Patient(p *model.Patient) {
	g.page(p.Name) // clean: every function given logs nothing of it
}

// Printer keeps a printf-like function.
type Printer struct{ logf func(string, ...any) }

func NewPrinter(logf func(string, ...any)) *Printer { return &Printer{logf: logf} }

func (r *Printer) Patient(p *model.Patient) {
	r.logf("patient %s", p.Name) // leak: PHI1001
}

// Mailer keeps a method value.
type Mailer struct{ mail func(...any) }

func NewMailer(mail func(...any)) *Mailer { return &Mailer{mail: mail} }

func (m *Mailer) Patient(p *model.Patient) {
	m.mail("patient", p.Name) // leak: PHI1001
}

// Hooked is given its hook by a setter.
type Hooked struct{ hook func(string) }

func (h *Hooked) SetHook(f func(string)) { h.hook = f }

func (h *Hooked) Patient(p *model.Patient) {
	if h.hook != nil {
		h.hook(p.Name) // leak: PHI1001
	}
}

// Router keeps handlers registered one by one, by name.
type Router struct{ handlers map[string]func(string) }

func (r *Router) Handle(name string, h func(string)) {
	if r.handlers == nil {
		r.handlers = map[string]func(string){}
	}
	r.handlers[name] = h
}

func (r *Router) Patient(name string, p *model.Patient) {
	if h, ok := r.handlers[name]; ok {
		h(p.Name) // leak: PHI1001
	}
}

// Chain keeps handlers registered one by one, in order.
type Chain struct{ steps []func(string) }

func (c *Chain) Use(step func(string)) { c.steps = append(c.steps, step) }

func (c *Chain) Patient(p *model.Patient) {
	for _, step := range c.steps {
		step(p.Name) // leak: PHI1001
	}
}

// Registry hands whole records to its handlers.
type Registry struct{ handlers []func(*model.Patient) }

func (r *Registry) Register(h func(*model.Patient)) { r.handlers = append(r.handlers, h) }

func (r *Registry) Admit(p *model.Patient) {
	for _, h := range r.handlers {
		h(p)
	}
}

// Courier calls the function its constructor was given with what its
// method is passed: what that function does decides at each caller.
type Courier struct{ deliver func(string) }

func NewCourier(deliver func(string)) *Courier { return &Courier{deliver: deliver} }

func (c *Courier) Deliver(s string) { c.deliver(s) }
