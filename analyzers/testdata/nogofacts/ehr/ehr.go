// Package ehr declares marks, guards and functions whose summaries
// travel to importers as facts. It imports nothing, so that loading it
// is quick.
package ehr

type Patient struct {
	ID    string
	Name  string   `phi:"direct"`
	Notes []string `phi:"clinical"`
}

// NHSNumber is identifiable wherever it goes.
//
//phi:source direct
type NHSNumber string

// Allowed is a disclosure check.
//
//phi:check
func Allowed(p *Patient) bool { return p != nil && p.ID != "" }

// Record is an audit call.
//
//phi:audit
func Record(p *Patient) {}

// Redact is a sanitizer.
//
//phi:sanitize
func Redact(s string) string { return "***" }

// Log is a log sink.
//
//phi:sink log
func Log(args ...any) {}

// Send transmits; callers must hold a check.
//
//phi:requires check
func Send(p *Patient) { Log(p.Name) }

// MayShare returns a check's result on every path: a check itself.
func MayShare(p *Patient) bool { return Allowed(p) }

// Disclose records an audit on every path.
func Disclose(p *Patient) { Record(p) }

// NameOf returns identifiable data.
func NameOf(p *Patient) string { return p.Name }

// Note logs its argument: a sink for its callers.
func Note(s string) { Log("note", s) }

// Copy writes identifiable data into its parameter.
func Copy(dst *string, p *Patient) { *dst = p.Name }

// Notifier holds a function value: what the package stores into its
// field travels to importers as a FuncSlotsFact.
type Notifier struct {
	Logf func(args ...any)
}

// DefaultNotifier logs through Log.
var DefaultNotifier = Notifier{Logf: Log}

// Formatter renders a patient; its one implementation is unexported, so
// it travels to importers in the package's hidden-implementations fact.
type Formatter interface{ Format(p *Patient) string }

type nameFormatter struct{}

// NewFormatter returns the package's formatter.
func NewFormatter() Formatter { return nameFormatter{} }

func (nameFormatter) Format(p *Patient) string { return p.Name }
