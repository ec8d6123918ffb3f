// Package limits reaches engine bounds that can cut a path, and stays
// under them: each function where one is reached is recorded, with the
// bound's name, for the data-flow map's coverage section.
package limits

import "fmt"

type Member struct {
	Names []string `phi:"direct"`
}

// Shallow reslices a marked collection field twice: under the bound, the
// element is known to be identifiable and nothing is recorded.
func Shallow(m *Member) {
	fmt.Println(m.Names[1:][1:][0]) // want `PHI1001`
}

// Deep reslices it more often than the engine looks through: the
// element's data is cut, and the function is recorded.
func Deep(m *Member) {
	fmt.Println(m.Names[1:][1:][1:][1:][1:][1:][0])
}

// Hooks holds a function value nothing in sight sets.
type Hooks struct {
	OnSave func(string)
}

// Fanout hands its parameter to more calls phivet cannot follow than a
// summary carries to the callers: recorded.
func Fanout(h *Hooks, s string) {
	h.OnSave(s)
	h.OnSave(s + "1")
	h.OnSave(s + "2")
	h.OnSave(s + "3")
	h.OnSave(s + "4")
	h.OnSave(s + "5")
	h.OnSave(s + "6")
	h.OnSave(s + "7")
	h.OnSave(s + "8")
	h.OnSave(s + "9")
	h.OnSave(s + "10")
	h.OnSave(s + "11")
	h.OnSave(s + "12")
	h.OnSave(s + "13")
	h.OnSave(s + "14")
	h.OnSave(s + "15")
	h.OnSave(s + "16")
}

// Few hands its parameter to fewer: nothing is recorded.
func Few(h *Hooks, s string) {
	h.OnSave(s)
	h.OnSave(s + "1")
}
