package fiberleaks

import (
	"context"

	"github.com/gofiber/fiber/v2/log"

	"example.com/thirdparty/model"
)

// Logs: fiber's log package, through the default logger.
func Logs(p *model.Patient, card model.Card) {
	log.Trace("patient ", p.Name) // want "PHI1001"
	log.Trace("patient ", p.ID)
	log.Tracef("patient %s", p.Name) // want "PHI1001"
	log.Tracef("patient %s", p.ID)
	log.Tracew("patient", "name", p.Name) // want "PHI1001"
	log.Tracew("patient", "id", p.ID)
	log.Debug("patient ", p.Name) // want "PHI1001"
	log.Debug("patient ", p.ID)
	log.Debugf("patient %s", p.Name) // want "PHI1001"
	log.Debugf("patient %s", p.ID)
	log.Debugw("patient", "name", p.Name) // want "PHI1001"
	log.Debugw("patient", "id", p.ID)
	log.Info("patient ", p.Name) // want "PHI1001"
	log.Info("patient ", p.ID)
	log.Infof("patient %s", p.Name) // want "PHI1001"
	log.Infof("patient %s", p.ID)
	log.Infow("patient", "name", p.Name) // want "PHI1001"
	log.Infow("patient", "id", p.ID)
	log.Warn("patient ", p.Name) // want "PHI1001"
	log.Warn("patient ", p.ID)
	log.Warnf("patient %s", p.Name) // want "PHI1001"
	log.Warnf("patient %s", p.ID)
	log.Warnw("patient", "name", p.Name) // want "PHI1001"
	log.Warnw("patient", "id", p.ID)
	log.Error("patient ", p.Name) // want "PHI1001"
	log.Error("patient ", p.ID)
	log.Errorf("patient %s", p.Name) // want "PHI1001"
	log.Errorf("patient %s", p.ID)
	log.Errorw("patient", "name", p.Name) // want "PHI1001"
	log.Errorw("patient", "id", p.ID)
	log.Fatal("patient ", p.Name) // want "PHI1001"
	log.Fatal("patient ", p.ID)
	log.Fatalf("patient %s", p.Name) // want "PHI1001"
	log.Fatalf("patient %s", p.ID)
	log.Fatalw("patient", "name", p.Name) // want "PHI1001"
	log.Fatalw("patient", "id", p.ID)
	log.Panic("patient ", p.Name) // want "PHI1001"
	log.Panic("patient ", p.ID)
	log.Panicf("patient %s", p.Name) // want "PHI1001"
	log.Panicf("patient %s", p.ID)
	log.Panicw("patient", "name", p.Name) // want "PHI1001"
	log.Panicw("patient", "id", p.ID)
	log.Info(card)
	log.Infow("patient", "card", card)
	if model.Allowed(p) {
		log.Infof("patient %s", p.Name)
	}
	log.Infof("patient %s", model.Redact(p.Name))
}

// ContextLogs: the logger log.WithContext returns.
func ContextLogs(ctx context.Context, p *model.Patient, card model.Card) {
	l := log.WithContext(ctx)
	l.Trace("patient ", p.Name) // want "PHI1001"
	l.Trace("patient ", p.ID)
	l.Tracef("patient %s", p.Name) // want "PHI1001"
	l.Tracef("patient %s", p.ID)
	l.Tracew("patient", "name", p.Name) // want "PHI1001"
	l.Tracew("patient", "id", p.ID)
	l.Debug("patient ", p.Name) // want "PHI1001"
	l.Debug("patient ", p.ID)
	l.Debugf("patient %s", p.Name) // want "PHI1001"
	l.Debugf("patient %s", p.ID)
	l.Debugw("patient", "name", p.Name) // want "PHI1001"
	l.Debugw("patient", "id", p.ID)
	l.Info("patient ", p.Name) // want "PHI1001"
	l.Info("patient ", p.ID)
	l.Infof("patient %s", p.Name) // want "PHI1001"
	l.Infof("patient %s", p.ID)
	l.Infow("patient", "name", p.Name) // want "PHI1001"
	l.Infow("patient", "id", p.ID)
	l.Warn("patient ", p.Name) // want "PHI1001"
	l.Warn("patient ", p.ID)
	l.Warnf("patient %s", p.Name) // want "PHI1001"
	l.Warnf("patient %s", p.ID)
	l.Warnw("patient", "name", p.Name) // want "PHI1001"
	l.Warnw("patient", "id", p.ID)
	l.Error("patient ", p.Name) // want "PHI1001"
	l.Error("patient ", p.ID)
	l.Errorf("patient %s", p.Name) // want "PHI1001"
	l.Errorf("patient %s", p.ID)
	l.Errorw("patient", "name", p.Name) // want "PHI1001"
	l.Errorw("patient", "id", p.ID)
	l.Fatal("patient ", p.Name) // want "PHI1001"
	l.Fatal("patient ", p.ID)
	l.Fatalf("patient %s", p.Name) // want "PHI1001"
	l.Fatalf("patient %s", p.ID)
	l.Fatalw("patient", "name", p.Name) // want "PHI1001"
	l.Fatalw("patient", "id", p.ID)
	l.Panic("patient ", p.Name) // want "PHI1001"
	l.Panic("patient ", p.ID)
	l.Panicf("patient %s", p.Name) // want "PHI1001"
	l.Panicf("patient %s", p.ID)
	l.Panicw("patient", "name", p.Name) // want "PHI1001"
	l.Panicw("patient", "id", p.ID)
	l.Info(card)
	if model.Allowed(p) {
		l.Infof("patient %s", p.Name)
	}
	l.Infow("patient", "name", model.Redact(p.Name))
}
