// Package ward has its own Patient, named like the clinic's.
package ward

type Patient struct {
	Bed  string
	Name string `phi:"direct"`
	Note string
}
