// Package hidden holds malformed directives where no finding is shown:
// in a generated file, and in a _test.go file without -tests.
package hidden

// Clean is a well-formed mark, for comparison.
//
//phi:source direct
type Clean string // want Clean:"phi source=direct"
