package basic

import (
	"fmt"
	"log"
	"log/slog"
	"os"
)

type Patient struct {
	ID        string
	NHSNumber string   `phi:"direct"`
	Name      string   `phi:"direct"`
	Diagnosis []string `phi:"clinical"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func Record(p *Patient) {}

//phi:sanitize
func Mask(s string) string { return "***" }

func LogName(p *Patient) {
	log.Printf("patient %s", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Printf without a disclosure check or an audit call`
}

func LogID(p *Patient) {
	log.Printf("patient %s", p.ID) // clean: unmarked surrogate key
}

func LogWhole(p *Patient) {
	log.Printf("%+v", p) // want `Patient.NHSNumber \(direct\), Patient.Name \(direct\), Patient.Diagnosis \(clinical\) reaches log sink log.Printf`
}

func LogGuarded(p *Patient) {
	if !Allowed(p) {
		return
	}
	log.Printf("patient %s", p.Name) // clean: check holds
}

func LogAudited(p *Patient) {
	defer Record(p)
	slog.Info("seen", "name", p.Name) // clean: deferred audit
}

func LogSanitized(p *Patient) {
	fmt.Println(Mask(p.NHSNumber)) // clean: sanitized
}

func Derived(p *Patient) {
	msg := fmt.Sprintf("dx=%v", p.Diagnosis)
	fmt.Fprintln(os.Stderr, msg) // want `Patient.Diagnosis \(clinical\) reaches log sink fmt.Fprintln`
}

func logIt(s string) { log.Print(s) }

func ViaHelper(p *Patient) {
	logIt(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	if Allowed(p) {
		logIt(p.Name) // clean: guarded at the call
	}
}

func Ignored(p *Patient) {
	Allowed(p) // want `result of disclosure check basic.Allowed is ignored`
}

func Export(p *Patient) error {
	f, err := os.Create("out.txt")
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.WriteString(p.Name) // want `Patient.Name \(direct\) is exported by \(\*os.File\).WriteString`
	return err
}
