// Package records declares a marked record and a source of it.
package records

type Patient struct {
	Name string `phi:"direct"`
	Ward string
}

func (p Patient) String() string { return "patient" }

func Get() Patient { return Patient{Name: "n", Ward: "w"} }
