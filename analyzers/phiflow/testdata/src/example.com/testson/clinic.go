// Package testson has a leak in a _test.go file; -tests is on.
package testson

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func New(id, name string) *Patient { return &Patient{ID: id, Name: name} }
