// Package logallow is analysed with `policy: {log: allow}`.
package logallow

import (
	"fmt"
	"log"
	"os"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func Record(p *Patient) {}

//phi:sanitize
func Mask(s string) string { return "***" }

func Log(p *Patient) {
	log.Println("patient", p.Name)             // clean: log: allow
	fmt.Fprintln(os.Stderr, "patient", p.Name) // clean: log: allow
}

func Export(f *os.File, p *Patient) {
	fmt.Fprintln(f, p.Name) // want `Patient.Name \(direct\) is exported by fmt.Fprintln`
}
