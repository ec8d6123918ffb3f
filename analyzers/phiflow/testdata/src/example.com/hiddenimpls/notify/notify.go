// Package notify hands out its notifiers as an interface: their types are unexported, so no importer can name them. // want package:"analysed" package:`hidden\(\(\*logNotifier\)\.Notify: p1→log\.Println log; \(quietNotifier\)\.Notify: nothing\)`
package notify

import "log"

// Notifier tells the care team.
type Notifier interface{ Notify(msg string) }

type logNotifier struct{}

// New returns a notifier that logs what it is told.
func New() Notifier { return &logNotifier{} } // want New:"summary\\(nothing\\)"

func (*logNotifier) Notify(msg string) { log.Println("notify:", msg) } // want Notify:`summary\(p1→log.Println log\)`

type quietNotifier struct{}

// Quiet returns a notifier that drops what it is told.
func Quiet() Notifier { return quietNotifier{} } // want Quiet:"summary\\(nothing\\)"

func (quietNotifier) Notify(msg string) {}

// unused implements Notifier but is never converted to it: no interface
// call can reach it, so the fact leaves it out.
type unused struct{}

func (unused) Notify(msg string) { log.Println(msg) } // want Notify:`summary\(p1→log.Println log\)`
