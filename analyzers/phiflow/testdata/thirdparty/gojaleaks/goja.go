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

// Globals holds a patient's name and a ward under two names: a script or
// a read names the one it gets.
func Globals(p *model.Patient, script string) {
	vm := goja.New()
	vm.Set("name", p.Name)
	vm.Set("ward", p.Ward)
	log.Print(vm.RunString("ward.toUpperCase()"))
	log.Print(vm.RunString("ward + name.length")) // want "PHI1001"
	log.Print(vm.RunString("ward.name"))
	log.Print(vm.Get("ward"))
	log.Print(vm.Get("name"))       // want "PHI1001"
	log.Print(vm.RunString(script)) // want "PHI1001"
}

// A Converter keeps one runtime for every conversion, as a service keeps
// one across requests.
type Converter struct {
	vm *goja.Runtime
}

// Upper converts text through the runtime's "text" global.
func (c *Converter) Upper(text string) string {
	c.vm.Set("text", text)
	v, _ := c.vm.RunString("text.toUpperCase()")
	return v.String()
}

// Lower converts a ward through the runtime's "ward" global.
func (c *Converter) Lower(ward string) string {
	c.vm.Set("ward", ward)
	v, _ := c.vm.RunString("ward.toLowerCase()")
	return v.String()
}

// Shared converts a patient's name, then a ward: the ward's result holds
// only the ward, though the runtime still holds the name.
func Shared(c *Converter, p *model.Patient) {
	log.Print(c.Upper(p.Name)) // want "PHI1001"
	log.Print(c.Lower(p.Ward))
}
