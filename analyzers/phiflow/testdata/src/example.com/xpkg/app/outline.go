package app

import (
	"encoding/json"
	"log"

	"example.com/xpkg/lib"
)

func LogOutline(p *lib.Patient) {
	o := &lib.Outline{}
	s := o.AddSection()
	s.Title = p.Name
	b, _ := json.Marshal(o)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogDetachedOutline(p *lib.Patient) {
	o := &lib.Outline{}
	s := o.Detached()
	s.Title = p.Name
	b, _ := json.Marshal(o)
	log.Print(string(b)) // clean: the section was never linked
}
