// Package app uses lib across the package boundary (facts).
package app

import (
	"log"
	"os"
	"strings"

	"example.com/xpkg/lib"
)

func SinkThroughParam(p *lib.Patient) {
	lib.Trace(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	lib.Trace(p.ID)   // clean
}

func SourceFunc(id string) {
	name := lib.Lookup(id)
	log.Println("found", name) // want `reaches log sink log.Println`
}

func SourceType(p *lib.Patient) {
	log.Println("mrn", p.Hospital) // want `MRN.* reaches log sink log.Println`
}

func RecordWhole(p *lib.Patient) {
	log.Printf("%v", p) // want `Patient\..* reaches log sink log.Printf`
}

func CheckWrapper(p *lib.Patient) {
	if lib.MayShare(p) {
		lib.Trace(p.Name) // clean
	}
}

func ForeignCheck(p *lib.Patient) {
	if !lib.Allowed(p) {
		return
	}
	log.Println(p.Name) // clean
}

// contract: §3 audits count when "an audit call is on every path to the
// place"; lib.Audit calls lib.Record on every path.
func AuditWrapper(p *lib.Patient) {
	lib.Audit(p, "direct care")
	lib.Trace(p.Name) // clean
}

func RequiresUnguarded(p *lib.Patient) {
	lib.Refer(p) // want `lib.Refer requires a disclosure check`
}

func RequiresGuarded(p *lib.Patient) {
	if lib.MayShare(p) {
		lib.Refer(p) // clean
	}
}

func ExportedBody(p *lib.Patient) {
	lib.LogPatient(p) // clean: reported inside lib
}

func IgnoredForeignCheck(p *lib.Patient) {
	lib.Allowed(p) // want `result of disclosure check lib.Allowed is ignored`
}

func ExportThroughParam(p *lib.Patient) error {
	f, err := os.Create("patients.txt")
	if err != nil {
		return err
	}
	defer f.Close()
	return lib.Save(f, p.NHSNumber) // want `Patient.NHSNumber \(direct\) is exported by \(\*os.File\).WriteString`
}

func ForeignVar() {
	log.Println("last caller", lib.LastCaller) // want `reaches log sink log.Println`
}

func ForeignSanitizer(p *lib.Patient) {
	log.Println("patient", lib.Mask(p.Name)) // clean
}

func ForeignReturn(p *lib.Patient) {
	log.Println("patient", lib.FullName(p)) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func ForeignParamOut(p *lib.Patient) {
	var b strings.Builder
	lib.WriteName(&b, p)
	log.Println(b.String()) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// contract: §3 "Printing … uses the value's String() … a type whose method
// emits no identifiable data prints clean" — also for a type from another
// package.
func ForeignStringer(p *lib.Patient) {
	log.Println(lib.Summarise(p)) // clean
}

func ForeignErrorWrapper(p *lib.Patient) {
	if err := lib.Verified(p); err != nil {
		return
	}
	log.Println("patient", p.Name) // clean
}

// contract: §3 "a type whose method emits no identifiable data prints
// clean" — also when that method, in another package, has no summary to
// export.
func ForeignFormatter(b lib.Badge) {
	log.Printf("%v", b) // clean
}
