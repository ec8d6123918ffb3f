// Package seed is test support, analysed with -tests: reported.
package seed

// Patient is a seed record.
type Patient struct {
	Surname string // want `Patient.Surname looks identifiable \(person's name\)`
}
