// Package notify hands out its notifiers as an interface: their types
// are unexported, so its export data holds none of them.
package notify

import "log"

// Notifier tells the care team.
type Notifier interface{ Notify(msg string) }

type logNotifier struct{}

// New returns a notifier that logs what it is told.
func New() Notifier { return &logNotifier{} }

func (*logNotifier) Notify(msg string) { log.Println("notify:", msg) }

// Counter counts; its one implementation only hands back what it is
// given.
type Counter interface{ Add(s string) int }

type counter struct{}

func NewCounter() Counter { return counter{} }

func (counter) Add(s string) int { return len(s) }
