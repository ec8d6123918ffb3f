// Package logrleaks has the cases of github.com/go-logr/logr.
package logrleaks

import (
	"errors"

	"github.com/go-logr/logr"

	"example.com/thirdparty/model"
)

// Logger: Info and Error log their key/value pairs and the logger's.
func Logger(l logr.Logger, s logr.LogSink, p *model.Patient, b model.Badge, c model.Card) {
	l.Info("x", "name", p.Name) // want "PHI1001"
	l.Info("x", "id", p.ID)
	l.Info("x", "badge", b) // want "Badge.Name.*PHI1001"
	l.Info("x", "card", c)
	l.Error(model.Err(p), "x") // want "PHI1001"
	l.Error(errors.New("x"), "x", "id", p.ID)
	l.WithValues("name", p.Name).Info("x") // want "PHI1001"
	l.WithValues("id", p.ID).Info("x")
	l.WithName(p.Name).Info("x") // want "PHI1001"
	l.WithName("clinic").Info("x")
	l.WithValues("name", p.Name).V(1).Info("x") // want "PHI1001"
	l.V(1).Info("x")
	l.WithValues("name", p.Name).WithCallDepth(1).Info("x") // want "PHI1001"
	l.WithCallDepth(1).Info("x")
	l.WithSink(s.WithValues("name", p.Name)).Info("x") // want "PHI1001"
	l.WithSink(s.WithValues("id", p.ID)).Info("x")
	l.WithSink(s.WithName(p.Name)).Info("x") // want "PHI1001"
	l.WithSink(s.WithName("clinic")).Info("x")
	logr.New(s.WithValues("name", p.Name)).Info("x") // want "PHI1001"
	logr.New(s).Info("x")
	s.Info(0, "x", "name", p.Name) // want "PHI1001"
	s.Info(0, "x", "id", p.ID)
	s.Error(model.Err(p), "x") // want "PHI1001"
	s.Error(nil, "x", "id", p.ID)
	if model.Allowed(p) {
		l.Info("x", "name", p.Name)
	}
	l.Info("x", "name", model.Redact(p.Name))
}
