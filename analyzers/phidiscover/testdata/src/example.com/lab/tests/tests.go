// Package tests models laboratory tests: a tests directory below the top
// of the module is not test support.
package tests

// Result is a laboratory test result.
type Result struct {
	PatientDOB string // want `Result.PatientDOB looks identifiable \(date of birth\)`
}
