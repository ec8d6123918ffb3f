package zapleaks

import (
	"go.uber.org/zap"

	"example.com/thirdparty/model"
)

// visit holds identifiable data only where encoding/json does not look.
type visit struct {
	ID    string
	NHS   string `json:"-" phi:"direct"`
	Extra string `json:"-"`
	Shown string `json:"shown"`
}

// Encoding: zap.Any and zap.Reflect encode a struct with encoding/json's
// rules, by value or by pointer.
func Encoding(l *zap.Logger, p *model.Patient) {
	v := visit{ID: p.ID, NHS: p.NHSNumber, Extra: p.Name}
	l.Info("x", zap.Any("visit", v))
	l.Info("x", zap.Reflect("visit", &v))
	s := visit{ID: p.ID, Shown: p.Name}
	l.Info("x", zap.Reflect("visit", &s)) // want `Patient.Name \(direct\) reaches log sink \(\*zap.Logger\).Info`
}
