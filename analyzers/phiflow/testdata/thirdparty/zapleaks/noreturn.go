package zapleaks

import (
	"go.uber.org/zap"

	"example.com/thirdparty/model"
)

// NoReturn: Fatal and Panic end the path, so a check whose failure branch
// ends in one guards what follows; DPanic may return.
func NoReturn(l *zap.Logger, s *zap.SugaredLogger, p *model.Patient) {
	if !model.Allowed(p) {
		l.Fatal("no consent")
	}
	l.Info("x", zap.String("k", p.Name))
}

func NoReturnSugared(s *zap.SugaredLogger, p *model.Patient) {
	if !model.Allowed(p) {
		s.Fatalw("no consent", "id", p.ID)
	}
	s.Infow("x", "k", p.Name)
}

func NoReturnPanic(l *zap.Logger, p *model.Patient) {
	if !model.Allowed(p) {
		l.Panic("no consent")
	}
	l.Info("x", zap.String("k", p.Name))
}

func DPanicReturns(l *zap.Logger, p *model.Patient) {
	if !model.Allowed(p) {
		l.DPanic("no consent")
	}
	l.Info("x", zap.String("k", p.Name)) // want "PHI1001"
}
