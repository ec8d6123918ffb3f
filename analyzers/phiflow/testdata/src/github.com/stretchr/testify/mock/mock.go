// Package mock is a stand-in for testify's mock package: the type the
// catalog names as the mark of a test double.
package mock

import "fmt"

type Mock struct{ calls []string }

type Arguments []interface{}

func (m *Mock) Called(args ...interface{}) Arguments {
	m.calls = append(m.calls, fmt.Sprint(args...))
	return Arguments(args)
}

func (a Arguments) Error(i int) error {
	if err, ok := a[i].(error); ok {
		return err
	}
	panic(fmt.Sprintf("argument %d is %v, not an error", i, a[i]))
}

// Get returns argument i, as a stub's return function or value.
func (a Arguments) Get(i int) interface{} { return a[i] }

// Call is an expected call, which mockery's typed helpers embed.
type Call struct{ run func(Arguments) }

// Run sets what the call does when made.
func (c *Call) Run(fn func(args Arguments)) *Call { c.run = fn; return c }
