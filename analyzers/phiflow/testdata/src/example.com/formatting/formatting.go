// Package formatting covers what a printf-style call shows of its
// operands: %T and %p print a type name and an address, no data; every
// other verb, and an operand no verb refers to, prints the value.
package formatting

import (
	"errors"
	"fmt"
	"log"
)

type Patient struct {
	ID  string
	NHS string `phi:"direct"`
}

func TypeOnly(p *Patient) {
	err := fmt.Errorf("cannot decode into %T", p)
	log.Print(err)                        // clean: %T names the type
	log.Printf("decoding %T at %p", p, p) // clean: a type name and an address
	log.Printf("decoding %[1]T", p)       // clean: explicit index, still %T
}

func Printed(p *Patient) {
	err := fmt.Errorf("bad %v", p)
	log.Print(err)                     // want `Patient.NHS \(direct\) reaches log sink log\.Print`
	log.Printf("bad %T: %s", p, p.NHS) // want `Patient.NHS \(direct\) reaches log sink log\.Printf`
	log.Printf("bad %T %[1]v", p)      // want `Patient.NHS \(direct\) reaches log sink log\.Printf`
	log.Printf("no verb", p.NHS)       // want `Patient.NHS \(direct\) reaches log sink log\.Printf`
}

// describe wraps errors the way decoders do: the value's type only.
func describe(v any, cause error) error {
	return fmt.Errorf("invalid value of type %T: %w", v, cause)
}

func Describe(p *Patient) {
	log.Print(describe(p, errors.New("eof"))) // clean: the helper prints only the type
	log.Print(describe(p, errors.New(p.NHS))) // want `Patient.NHS \(direct\) reaches log sink log\.Print`
}

// A format that is not a constant decides nothing: every operand counts.
func Dynamic(p *Patient, format string) {
	log.Printf(format, p) // want `Patient.NHS \(direct\) reaches log sink log\.Printf`
}
