// Package unfollowed passes identifiable data to calls the engine cannot
// follow (listed under coverage in the data-flow map) and to calls it
// follows (not listed). None of them is a finding.
package unfollowed

import (
	"strings"

	"github.com/stretchr/testify/mock"
)

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

// MockNotifier is a mockery-style test double: its stubbed return
// function is a call with no known target, but a double is no target of
// the program's interface calls, so nothing of it is listed, inside it or
// where it is called.
type MockNotifier struct {
	mock.Mock
}

func (m *MockNotifier) Notify(text string) {
	ret := m.Called(text)
	if rf, ok := ret.Get(0).(func(string)); ok {
		rf(text)
	}
}

// ThroughDouble passes identifiable data to the double: not listed.
func ThroughDouble(m *Member) {
	d := &MockNotifier{}
	d.Notify(m.Surname)
}

// MockNotifier_Save_Call is mockery's typed helper for an expected call:
// the function it runs is the test's, not the program's, so it is not
// listed either.
type MockNotifier_Save_Call struct {
	*mock.Call
}

func (c *MockNotifier_Save_Call) Run(run func(m *Member)) *MockNotifier_Save_Call {
	c.Call.Run(func(args mock.Arguments) {
		run(args[0].(*Member))
	})
	return c
}
