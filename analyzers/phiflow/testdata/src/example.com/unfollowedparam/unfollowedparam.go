// Package unfollowedparam has helpers that pass their parameters to a
// call the engine cannot follow. A caller passing identifiable data to
// such a helper lists the inner call under coverage; one passing clean
// data does not. None of them is a finding.
package unfollowedparam

type Member struct {
	ID      string
	Surname string `phi:"direct"`
	Allergy string `phi:"clinical"`
}

// Hooks holds a function value that nothing in sight ever sets.
type Hooks struct {
	OnSave func(string)
}

// Forward passes its parameter to a function value with no known
// target: nothing identifiable is known here, so nothing is listed here.
func Forward(h *Hooks, s string) {
	h.OnSave(s)
}

// Relay passes its parameter on to Forward.
func Relay(h *Hooks, s string) {
	Forward(h, s)
}

// Passes hands identifiable data to Forward: its inner call is listed.
func Passes(h *Hooks, m *Member) {
	Forward(h, m.Surname)
}

// PassesThroughTwo hands identifiable data to Relay: the innermost call
// is listed.
func PassesThroughTwo(h *Hooks, m *Member) {
	Relay(h, m.Allergy)
}

// Clean hands Forward only an unmarked field: not listed.
func Clean(h *Hooks, m *Member) {
	Forward(h, m.ID)
}
