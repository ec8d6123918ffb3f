package logrusleaks

import (
	"github.com/sirupsen/logrus"

	"example.com/thirdparty/model"
)

// NoReturn: Fatal exits and Panic panics, so a check whose failure branch
// ends in one guards what follows; Error returns.
func NoReturn(l *logrus.Logger, p *model.Patient) {
	if !model.Allowed(p) {
		l.Fatalf("no consent for %s", p.ID)
	}
	l.Info(p.Name)
}

func NoReturnEntry(l *logrus.Logger, p *model.Patient) {
	if !model.Allowed(p) {
		l.WithField("id", p.ID).Panic("no consent")
	}
	l.Info(p.Name)
}

func NoReturnPackage(p *model.Patient) {
	if !model.Allowed(p) {
		logrus.Fatal("no consent")
	}
	logrus.Info(p.Name)
}

func ErrorReturns(l *logrus.Logger, p *model.Patient) {
	if !model.Allowed(p) {
		l.Error("no consent")
	}
	l.Info(p.Name) // want "PHI1001"
}
