// Package synth writes synthetic patients for tests: it is in the
// module's test tree, so its records are test data.
package synth

type record struct {
	firstName string
	dob       string
}

var _ = record{}
