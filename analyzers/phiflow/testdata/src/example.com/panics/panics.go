// Package panics covers what a panic prints: a panic value that is an
// error or a Stringer prints its Error or String result, so one whose
// method returns a constant prints nothing identifiable, whatever the
// value holds.
package panics

import "fmt"

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// truncatedError holds the bytes it failed on; its message is a constant.
type truncatedError struct {
	data []byte
}

func (truncatedError) Error() string { return "document truncated" }

// nameError's message quotes what it holds.
type nameError struct {
	name string
}

func (e nameError) Error() string { return "bad name " + e.name }

// state holds a name; it prints as a constant.
type state struct {
	name string
}

func (state) String() string { return "state" }

func Decode(p *Patient, n int) {
	switch n {
	case 0:
		panic(truncatedError{data: []byte(p.Name)})
	case 1:
		panic(&truncatedError{data: []byte(p.Name)})
	case 2:
		panic(state{name: p.Name})
	case 3:
		panic(nameError{name: p.Name}) // want `Patient.Name \(direct\) reaches log sink panic`
	case 4:
		panic(fmt.Errorf("decoding %s", p.Name)) // want `Patient.Name \(direct\) reaches log sink panic`
	}
}

// selfError panics with itself inside its own Error method, whose
// summary is not known yet there: the panic is judged by what it holds.
type selfError struct {
	name string
}

func (e selfError) Error() string {
	if len(e.name) > 64 {
		panic(e)
	}
	return "bad name " + e.name
}

func Describe(p *Patient) string {
	return selfError{name: p.Name}.Error() // want `Patient.Name \(direct\) reaches log sink panic`
}
