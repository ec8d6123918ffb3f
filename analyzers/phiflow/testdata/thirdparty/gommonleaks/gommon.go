// Package gommonleaks has the cases of github.com/labstack/gommon/log,
// echo's logger package: its package functions and *log.Logger's methods
// log what they are given.
package gommonleaks

import (
	"github.com/labstack/gommon/log"

	"example.com/thirdparty/model"
)

// Package: the functions that log through the package's global logger.
func Package(p *model.Patient) {
	log.Print("patient ", p.Name) // want "PHI1001"
	log.Print("patient ", p.ID)
	log.Printf("patient %s", p.NHSNumber) // want "PHI1001"
	log.Printf("patient %s", p.ID)
	log.Printj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Printj(log.JSON{"patient": p.ID})
	log.Debug("patient ", p.Name) // want "PHI1001"
	log.Debug("patient ", p.ID)
	log.Debugf("patient %s", p.NHSNumber) // want "PHI1001"
	log.Debugf("patient %s", p.ID)
	log.Debugj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Debugj(log.JSON{"patient": p.ID})
	log.Info("patient ", p.Name) // want "PHI1001"
	log.Info("patient ", p.ID)
	log.Infof("patient %s", p.NHSNumber) // want "PHI1001"
	log.Infof("patient %s", p.ID)
	log.Infoj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Infoj(log.JSON{"patient": p.ID})
	log.Warn("patient ", p.Name) // want "PHI1001"
	log.Warn("patient ", p.ID)
	log.Warnf("patient %s", p.NHSNumber) // want "PHI1001"
	log.Warnf("patient %s", p.ID)
	log.Warnj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Warnj(log.JSON{"patient": p.ID})
	log.Error("patient ", p.Name) // want "PHI1001"
	log.Error("patient ", p.ID)
	log.Errorf("patient %s", p.NHSNumber) // want "PHI1001"
	log.Errorf("patient %s", p.ID)
	log.Errorj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Errorj(log.JSON{"patient": p.ID})
	log.Fatal("patient ", p.Name) // want "PHI1001"
	log.Fatal("patient ", p.ID)
	log.Fatalf("patient %s", p.NHSNumber) // want "PHI1001"
	log.Fatalf("patient %s", p.ID)
	log.Fatalj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Fatalj(log.JSON{"patient": p.ID})
	log.Panic("patient ", p.Name) // want "PHI1001"
	log.Panic("patient ", p.ID)
	log.Panicf("patient %s", p.NHSNumber) // want "PHI1001"
	log.Panicf("patient %s", p.ID)
	log.Panicj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	log.Panicj(log.JSON{"patient": p.ID})
}

// Logger: a *log.Logger of the service's own.
func Logger(l *log.Logger, p *model.Patient) {
	l.Print("patient ", p.Name) // want "PHI1001"
	l.Print("patient ", p.ID)
	l.Printf("patient %s", p.NHSNumber) // want "PHI1001"
	l.Printf("patient %s", p.ID)
	l.Printj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Printj(log.JSON{"patient": p.ID})
	l.Debug("patient ", p.Name) // want "PHI1001"
	l.Debug("patient ", p.ID)
	l.Debugf("patient %s", p.NHSNumber) // want "PHI1001"
	l.Debugf("patient %s", p.ID)
	l.Debugj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Debugj(log.JSON{"patient": p.ID})
	l.Info("patient ", p.Name) // want "PHI1001"
	l.Info("patient ", p.ID)
	l.Infof("patient %s", p.NHSNumber) // want "PHI1001"
	l.Infof("patient %s", p.ID)
	l.Infoj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Infoj(log.JSON{"patient": p.ID})
	l.Warn("patient ", p.Name) // want "PHI1001"
	l.Warn("patient ", p.ID)
	l.Warnf("patient %s", p.NHSNumber) // want "PHI1001"
	l.Warnf("patient %s", p.ID)
	l.Warnj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Warnj(log.JSON{"patient": p.ID})
	l.Error("patient ", p.Name) // want "PHI1001"
	l.Error("patient ", p.ID)
	l.Errorf("patient %s", p.NHSNumber) // want "PHI1001"
	l.Errorf("patient %s", p.ID)
	l.Errorj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Errorj(log.JSON{"patient": p.ID})
	l.Fatal("patient ", p.Name) // want "PHI1001"
	l.Fatal("patient ", p.ID)
	l.Fatalf("patient %s", p.NHSNumber) // want "PHI1001"
	l.Fatalf("patient %s", p.ID)
	l.Fatalj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Fatalj(log.JSON{"patient": p.ID})
	l.Panic("patient ", p.Name) // want "PHI1001"
	l.Panic("patient ", p.ID)
	l.Panicf("patient %s", p.NHSNumber) // want "PHI1001"
	l.Panicf("patient %s", p.ID)
	l.Panicj(log.JSON{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Panicj(log.JSON{"patient": p.ID})
}

// Guarded: a check before the log, a sanitizer around the value, and a
// type whose printing method redacts.
func Guarded(p *model.Patient, card model.Card) {
	l := log.New("clinic")
	if model.Allowed(p) {
		l.Infof("patient %s", p.Name)
		log.Info("patient ", p.Name)
	}
	log.Warnf("patient %s", model.Redact(p.Name))
	log.Info(card)
	l.Warn("visit by ", p.Name) // want "PHI1001"
}
