// Package lib is a shared EHR helper library used by package app.
package lib

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
	Hospital  MRN    // unmarked field of a source type
}

// MRN is a hospital medical record number.
//
//phi:source direct
type MRN string

// Trace logs a message: a sink through its parameter.
func Trace(msg string) {
	log.Print("trace: " + msg) // clean here: reported at the caller
}

// Lookup returns a patient's name from the spine.
//
//phi:source direct
func Lookup(id string) string { return "Jane Doe" }

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

// MayShare returns Allowed's result: a check wrapper.
func MayShare(p *Patient) bool { return Allowed(p) }

//phi:audit
func Record(p *Patient) {}

// Audit records the disclosure through Record on every path.
func Audit(p *Patient, purpose string) {
	Record(p)
}

// Refer sends a referral; each call must be checked.
//
//phi:requires check
func Refer(p *Patient) {
	log.Println("referring", p.Name) // clean: a requires body is taken as guarded
}

// LogPatient is judged in its own body.
func LogPatient(p *Patient) {
	log.Println("patient", p.NHSNumber) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
}

// Save writes to the file it is given: the destination comes from the caller.
func Save(f *os.File, line string) error {
	_, err := f.WriteString(line + "\n")
	return err
}

// LastCaller is the last caller's name.
//
//phi:source direct
var LastCaller string

//phi:sanitize
func Mask(s string) string { return "***" }

// FullName returns identifiable data.
func FullName(p *Patient) string { return p.Name }

// WriteName writes the name into b.
func WriteName(b *strings.Builder, p *Patient) { b.WriteString(p.Name) }

// Summary prints without the name.
type Summary struct {
	Name string `phi:"direct"`
	Ward string
}

func (s Summary) String() string { return "patient on ward " + s.Ward }

func Summarise(p *Patient) Summary { return Summary{Name: p.Name, Ward: "7"} }

// Verify is an error-returning check.
//
//phi:check
func Verify(p *Patient) error { return nil }

// Verified wraps Verify.
func Verified(p *Patient) error { return Verify(p) }

// Badge formats itself with its ID only: its Format writes nothing
// identifiable and returns nothing, so no summary is exported for it.
type Badge struct {
	ID   string
	Name string `phi:"direct"`
}

func (b Badge) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "badge %s", b.ID) }
