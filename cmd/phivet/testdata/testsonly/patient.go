// Package testsonly leaks only in its test file.
package testsonly

// Patient is a minimal record.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Label returns the patient's surrogate ID.
func Label(p Patient) string { return p.ID }
