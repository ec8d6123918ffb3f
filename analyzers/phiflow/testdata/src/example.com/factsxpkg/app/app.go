// Package app uses lib's functions, which it knows only by their facts. // want package:"analysed"
package app

import (
	"log"

	"example.com/factsxpkg/lib"
)

func Leak(p *lib.Patient) {
	lib.Trace(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print without`
}

func LeakResult(p *lib.Patient) {
	log.Print(lib.FullName(p)) // want `Patient.Name \(direct\) reaches log sink log.Print without`
}

func Guarded(p *lib.Patient) {
	if lib.MayShare(p) {
		lib.Trace(p.Name) // clean: lib.MayShare is a check wrapper
	}
}

func Passed(p *lib.Patient) {
	log.Print(lib.Echo(p.Name)) // want `Patient.Name \(direct\) reaches log sink log.Print without`
}

func Hooked(p *lib.Patient) {
	lib.Default.OnName(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print without`
}

func Built(p *lib.Patient) {
	root := &lib.Node{}
	child := lib.NewChild(root)
	child.Label = p.Name
	log.Printf("%+v", root) // want `Patient.Name \(direct\) reaches log sink log.Printf without`
}

func Opened(id string) {
	p, err := lib.Open(id)
	if err != nil {
		return
	}
	log.Print(p.Name) // clean: lib.Open audited on the way here
}

func OpenedErrorIgnored(id string) {
	p, _ := lib.Open(id)
	log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print without`
}

// Anonymised logs a record whose name another package's method cleared.
func Anonymised(p *lib.Patient) { // want Anonymised:`summary\(clears p0.Name\)`
	p.Anonymise()
	log.Printf("%+v", p)
}

func AnonymisedIf(p *lib.Patient, hide bool) {
	p.AnonymiseIf(hide)
	log.Printf("%+v", p) // want `Patient.Name \(direct\)`
}
