// Package noreturn exercises §3 "a check holds when the place is reached
// only on the check's success branch": a branch that ends in a call that
// never returns (log.Fatal, os.Exit, panic, a test's FailNow) reaches
// nothing after it.
package noreturn

import (
	"log"
	"os"
	"runtime"
	"testing"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

func LogFatal(p *Patient) {
	if !Allowed(p) {
		log.Fatal("no consent")
	}
	log.Print(p.Name) // clean: the failure branch never returns
}

func LogFatalf(p *Patient) {
	if ok := Allowed(p); !ok {
		log.Fatalf("no consent for %s", p.ID)
	}
	log.Print(p.Name) // clean: the failure branch never returns
}

func LoggerFatal(l *log.Logger, p *Patient) {
	if !Allowed(p) {
		l.Fatalln("no consent")
	}
	l.Print(p.Name) // clean: the failure branch never returns
}

func LogPanic(p *Patient) {
	if !Allowed(p) {
		log.Panicf("no consent for %s", p.ID)
	}
	log.Print(p.Name) // clean: the failure branch panics
}

func Exit(p *Patient) {
	if !Allowed(p) {
		log.Print("no consent")
		os.Exit(1)
	}
	log.Print(p.Name) // clean: the failure branch exits
}

func Panic(p *Patient) {
	if !Allowed(p) {
		panic("no consent")
	}
	log.Print(p.Name) // clean: the failure branch panics
}

func Goexit(p *Patient) {
	if !Allowed(p) {
		runtime.Goexit()
	}
	log.Print(p.Name) // clean: the failure branch ends the goroutine
}

func FailNow(t *testing.T, p *Patient) {
	if !Allowed(p) {
		t.FailNow()
	}
	log.Print(p.Name) // clean: the failure branch stops the test
}

func Fatal(t testing.TB, p *Patient) {
	if !Allowed(p) {
		t.Fatal("no consent")
	}
	log.Print(p.Name) // clean: the failure branch stops the test
}

// Look-alikes: a branch that logs and goes on, or that ends on success.

func LogOnly(p *Patient) {
	if !Allowed(p) {
		log.Print("no consent")
	}
	log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func ErrorOnly(t *testing.T, p *Patient) {
	if !Allowed(p) {
		t.Error("no consent")
	}
	log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func ExitOnSuccess(p *Patient) {
	if Allowed(p) {
		os.Exit(0)
	}
	log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}
