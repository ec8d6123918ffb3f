// Package check is a library in a module of its own (a dependency of the
// test module): its own panic, print and println are its internal
// failures, not disclosures by its callers; its calls to a catalog sink
// still are.
package check

import "log"

// MustNotBeEmpty panics with its argument when the argument is empty.
func MustNotBeEmpty(s string) string {
	if len(s) < 2 {
		panic("value too short: " + s)
	}
	return s
}

// Trace prints its argument on standard error with the builtins.
func Trace(s string) {
	print("trace: ", s)
	println(s)
}

// Logged writes its argument to the standard logger: a catalog sink.
func Logged(s string) {
	log.Printf("checked %s", s)
}
