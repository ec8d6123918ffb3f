// Package unfollowed passes identifiable data to calls the engine cannot
// follow (listed under coverage in the data-flow map) and to calls it
// follows (not listed). None of them is a finding.
package unfollowed

import "strings"

type Member struct {
	ID      string
	Surname string `phi:"direct"`
	Allergy string `phi:"clinical"`
}

// Notifier has no implementation anywhere in sight.
type Notifier interface {
	Notify(text string)
}

// Hooks holds a function value that nothing in sight ever sets.
type Hooks struct {
	OnSave func(string)
}

// Unresolved calls a function value with no known target: listed.
func Unresolved(h *Hooks, m *Member) {
	h.OnSave(m.Surname)
}

// NoImplementation calls an interface method no type implements: listed.
func NoImplementation(n Notifier, m *Member) {
	n.Notify(m.Allergy)
}

// CleanArgument passes only an unmarked field: not listed.
func CleanArgument(h *Hooks, m *Member) {
	h.OnSave(m.ID)
}

func keep(s string) string { return s + "!" }

// Followed calls a function analysed from source and a standard one
// carried by the default: not listed.
func Followed(m *Member) string {
	return strings.ToUpper(keep(m.Surname))
}
