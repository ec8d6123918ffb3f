// Package logrusleaks has the cases of github.com/sirupsen/logrus.
package logrusleaks

import (
	"context"
	"errors"

	"github.com/sirupsen/logrus"

	"example.com/thirdparty/model"
)

// Package: the standard logger's functions.
func Package(p *model.Patient) {
	logrus.Trace(p.Name) // want "PHI1001"
	logrus.Trace(p.ID)
	logrus.Tracef("%s", p.Name) // want "PHI1001"
	logrus.Tracef("%s", p.ID)
	logrus.Traceln(p.Name) // want "PHI1001"
	logrus.Traceln(p.ID)
	logrus.Debug(p.Name) // want "PHI1001"
	logrus.Debug(p.ID)
	logrus.Debugf("%s", p.Name) // want "PHI1001"
	logrus.Debugf("%s", p.ID)
	logrus.Debugln(p.Name) // want "PHI1001"
	logrus.Debugln(p.ID)
	logrus.Print(p.Name) // want "PHI1001"
	logrus.Print(p.ID)
	logrus.Printf("%s", p.Name) // want "PHI1001"
	logrus.Printf("%s", p.ID)
	logrus.Println(p.Name) // want "PHI1001"
	logrus.Println(p.ID)
	logrus.Info(p.Name) // want "PHI1001"
	logrus.Info(p.ID)
	logrus.Infof("%s", p.Name) // want "PHI1001"
	logrus.Infof("%s", p.ID)
	logrus.Infoln(p.Name) // want "PHI1001"
	logrus.Infoln(p.ID)
	logrus.Warn(p.Name) // want "PHI1001"
	logrus.Warn(p.ID)
	logrus.Warnf("%s", p.Name) // want "PHI1001"
	logrus.Warnf("%s", p.ID)
	logrus.Warnln(p.Name) // want "PHI1001"
	logrus.Warnln(p.ID)
	logrus.Warning(p.Name) // want "PHI1001"
	logrus.Warning(p.ID)
	logrus.Warningf("%s", p.Name) // want "PHI1001"
	logrus.Warningf("%s", p.ID)
	logrus.Warningln(p.Name) // want "PHI1001"
	logrus.Warningln(p.ID)
	logrus.Error(p.Name) // want "PHI1001"
	logrus.Error(p.ID)
	logrus.Errorf("%s", p.Name) // want "PHI1001"
	logrus.Errorf("%s", p.ID)
	logrus.Errorln(p.Name) // want "PHI1001"
	logrus.Errorln(p.ID)
	logrus.Fatal(p.Name) // want "PHI1001"
	logrus.Fatal(p.ID)
	logrus.Fatalf("%s", p.Name) // want "PHI1001"
	logrus.Fatalf("%s", p.ID)
	logrus.Fatalln(p.Name) // want "PHI1001"
	logrus.Fatalln(p.ID)
	logrus.Panic(p.Name) // want "PHI1001"
	logrus.Panic(p.ID)
	logrus.Panicf("%s", p.Name) // want "PHI1001"
	logrus.Panicf("%s", p.ID)
	logrus.Panicln(p.Name) // want "PHI1001"
	logrus.Panicln(p.ID)
}

// Logger: a *Logger's methods.
func Logger(l *logrus.Logger, p *model.Patient) {
	l.Trace(p.Name) // want "PHI1001"
	l.Trace(p.ID)
	l.Tracef("%s", p.Name) // want "PHI1001"
	l.Tracef("%s", p.ID)
	l.Traceln(p.Name) // want "PHI1001"
	l.Traceln(p.ID)
	l.Debug(p.Name) // want "PHI1001"
	l.Debug(p.ID)
	l.Debugf("%s", p.Name) // want "PHI1001"
	l.Debugf("%s", p.ID)
	l.Debugln(p.Name) // want "PHI1001"
	l.Debugln(p.ID)
	l.Print(p.Name) // want "PHI1001"
	l.Print(p.ID)
	l.Printf("%s", p.Name) // want "PHI1001"
	l.Printf("%s", p.ID)
	l.Println(p.Name) // want "PHI1001"
	l.Println(p.ID)
	l.Info(p.Name) // want "PHI1001"
	l.Info(p.ID)
	l.Infof("%s", p.Name) // want "PHI1001"
	l.Infof("%s", p.ID)
	l.Infoln(p.Name) // want "PHI1001"
	l.Infoln(p.ID)
	l.Warn(p.Name) // want "PHI1001"
	l.Warn(p.ID)
	l.Warnf("%s", p.Name) // want "PHI1001"
	l.Warnf("%s", p.ID)
	l.Warnln(p.Name) // want "PHI1001"
	l.Warnln(p.ID)
	l.Warning(p.Name) // want "PHI1001"
	l.Warning(p.ID)
	l.Warningf("%s", p.Name) // want "PHI1001"
	l.Warningf("%s", p.ID)
	l.Warningln(p.Name) // want "PHI1001"
	l.Warningln(p.ID)
	l.Error(p.Name) // want "PHI1001"
	l.Error(p.ID)
	l.Errorf("%s", p.Name) // want "PHI1001"
	l.Errorf("%s", p.ID)
	l.Errorln(p.Name) // want "PHI1001"
	l.Errorln(p.ID)
	l.Fatal(p.Name) // want "PHI1001"
	l.Fatal(p.ID)
	l.Fatalf("%s", p.Name) // want "PHI1001"
	l.Fatalf("%s", p.ID)
	l.Fatalln(p.Name) // want "PHI1001"
	l.Fatalln(p.ID)
	l.Panic(p.Name) // want "PHI1001"
	l.Panic(p.ID)
	l.Panicf("%s", p.Name) // want "PHI1001"
	l.Panicf("%s", p.ID)
	l.Panicln(p.Name) // want "PHI1001"
	l.Panicln(p.ID)
	l.Log(logrus.InfoLevel, p.Name) // want "PHI1001"
	l.Log(logrus.InfoLevel, p.ID)
	l.Logf(logrus.InfoLevel, "%s", p.Name) // want "PHI1001"
	l.Logf(logrus.InfoLevel, "%s", p.ID)
	l.Logln(logrus.InfoLevel, p.Name) // want "PHI1001"
	l.Logln(logrus.InfoLevel, p.ID)
}

// Entry: an entry logs its fields with its message.
func Entry(l *logrus.Logger, p *model.Patient) {
	e := l.WithField("name", p.Name)
	c := l.WithField("id", p.ID)
	e.Trace("x") // want "PHI1001"
	c.Trace("x")
	e.Tracef("x") // want "PHI1001"
	c.Tracef("x")
	e.Traceln("x") // want "PHI1001"
	c.Traceln("x")
	e.Debug("x") // want "PHI1001"
	c.Debug("x")
	e.Debugf("x") // want "PHI1001"
	c.Debugf("x")
	e.Debugln("x") // want "PHI1001"
	c.Debugln("x")
	e.Print("x") // want "PHI1001"
	c.Print("x")
	e.Printf("x") // want "PHI1001"
	c.Printf("x")
	e.Println("x") // want "PHI1001"
	c.Println("x")
	e.Info("x") // want "PHI1001"
	c.Info("x")
	e.Infof("x") // want "PHI1001"
	c.Infof("x")
	e.Infoln("x") // want "PHI1001"
	c.Infoln("x")
	e.Warn("x") // want "PHI1001"
	c.Warn("x")
	e.Warnf("x") // want "PHI1001"
	c.Warnf("x")
	e.Warnln("x") // want "PHI1001"
	c.Warnln("x")
	e.Warning("x") // want "PHI1001"
	c.Warning("x")
	e.Warningf("x") // want "PHI1001"
	c.Warningf("x")
	e.Warningln("x") // want "PHI1001"
	c.Warningln("x")
	e.Error("x") // want "PHI1001"
	c.Error("x")
	e.Errorf("x") // want "PHI1001"
	c.Errorf("x")
	e.Errorln("x") // want "PHI1001"
	c.Errorln("x")
	e.Fatal("x") // want "PHI1001"
	c.Fatal("x")
	e.Fatalf("x") // want "PHI1001"
	c.Fatalf("x")
	e.Fatalln("x") // want "PHI1001"
	c.Fatalln("x")
	e.Panic("x") // want "PHI1001"
	c.Panic("x")
	e.Panicf("x") // want "PHI1001"
	c.Panicf("x")
	e.Panicln("x") // want "PHI1001"
	c.Panicln("x")
	e.Log(logrus.InfoLevel, "x") // want "PHI1001"
	c.Log(logrus.InfoLevel, "x")
	e.Logf(logrus.InfoLevel, "x") // want "PHI1001"
	c.Logf(logrus.InfoLevel, "x")
	e.Logln(logrus.InfoLevel, "x") // want "PHI1001"
	c.Logln(logrus.InfoLevel, "x")
}

// Fields: WithField(s) and WithError make entries that carry the data.
func Fields(l *logrus.Logger, p *model.Patient, b model.Badge, c model.Card) {
	logrus.WithField("name", p.Name).Info("x") // want "PHI1001"
	logrus.WithField("id", p.ID).Info("x")
	logrus.WithFields(logrus.Fields{"dx": p.Diagnosis}).Info("x") // want "Patient.Diagnosis.*PHI1001"
	logrus.WithFields(logrus.Fields{"id": p.ID}).Info("x")
	logrus.WithError(model.Err(p)).Info("x") // want "PHI1001"
	logrus.WithError(errors.New("x")).Info("x")
	l.WithField("badge", b).Info("x") // want "Badge.Name.*PHI1001"
	l.WithField("card", c).Info("x")
	l.WithFields(logrus.Fields{"name": p.Name}).Info("x") // want "PHI1001"
	l.WithFields(logrus.Fields{"id": p.ID}).Info("x")
	l.WithError(model.Err(p)).Info("x") // want "PHI1001"
	l.WithError(errors.New("x")).Info("x")
	e := l.WithField("id", p.ID)
	e.WithField("name", p.Name).Info("x") // want "PHI1001"
	e.WithField("visits", p.Visits).Info("x")
	e.WithFields(logrus.Fields{"name": p.Name}).Info("x") // want "PHI1001"
	e.WithFields(logrus.Fields{"visits": p.Visits}).Info("x")
	e.WithError(model.Err(p)).Info("x") // want "PHI1001"
	e.WithError(errors.New("x")).Info("x")
	l.WithField("name", p.Name).WithContext(nil).Info("x") // want "PHI1001"
	e.WithContext(nil).Info("x")
	l.WithField("name", p.Name).WithTime(p.Admitted).Info("x") // want "PHI1001"
	e.WithTime(p.Admitted.AddDate(0, 0, 0)).Info("x")          // want "Admitted.*PHI1001"
	e.WithTime(l.WithField("id", p.ID).Time).Info("x")
	l.WithField("name", p.Name).Dup().Info("x") // want "PHI1001"
	e.Dup().Info("x")
	if model.Allowed(p) {
		l.WithField("name", p.Name).Info("x")
	}
	l.WithField("name", model.Redact(p.Name)).Info("x")
}

// Strings: an entry formatted by hand holds its fields.
func Strings(l *logrus.Logger, p *model.Patient) {
	l.Info(must(l.WithField("name", p.Name).String())) // want "PHI1001"
	l.Info(must(l.WithField("id", p.ID).String()))
	l.Info(string(mustb(l.WithField("name", p.Name).Bytes()))) // want "PHI1001"
	l.Info(string(mustb(l.WithField("id", p.ID).Bytes())))
}

func must(s string, _ error) string  { return s }
func mustb(b []byte, _ error) []byte { return b }

type patientKey struct{}

// Contexts: an entry keeps the context it is given for hooks; logrus's
// formatters print its fields and message, not the context.
func Contexts(ctx context.Context, l *logrus.Logger, p *model.Patient) {
	pctx := context.WithValue(ctx, patientKey{}, p)
	l.WithContext(pctx).Info("loaded")
	l.WithField("id", p.ID).WithContext(pctx).Info("loaded")
	l.WithContext(pctx).Info(p.Name)                             // want "PHI1001"
	l.WithContext(pctx).WithField("name", p.Name).Info("loaded") // want "PHI1001"
}
