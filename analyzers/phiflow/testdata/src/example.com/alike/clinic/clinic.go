// Package clinic has its own Patient, named like the ward's.
package clinic

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}
