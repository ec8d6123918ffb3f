// Package gojaleaks has the cases of the goja table: an embedded
// JavaScript runtime holds what the code sets into it, and a script's
// result and an exported value carry it out again.
package gojaleaks

import (
	"log"

	"github.com/dop251/goja"

	"example.com/thirdparty/model"
)

// Convert runs a script over a patient's name.
func Convert(p *model.Patient) {
	vm := goja.New()
	log.Print(vm.ToValue(p.Name)) // want "PHI1001"
	log.Print(vm.ToValue(p.Ward))
	vm.Set("name", p.Name)
	log.Print(vm.RunString("name.toUpperCase()")) // want "PHI1001"
	log.Print(vm.Get("name"))                     // want "PHI1001"
	v := vm.ToValue(p.Name)
	log.Print(v.Export()) // want "PHI1001"
	log.Print(v.String()) // want "PHI1001"
}

// Clean sets only what identifies no one.
func Clean(p *model.Patient) {
	vm := goja.New()
	vm.Set("ward", p.Ward)
	log.Print(vm.RunString("ward.length"))
	log.Print(vm.Get("ward"))
	v := vm.ToValue(p.Ward)
	log.Print(v.Export())
	log.Print(v.String())
}
