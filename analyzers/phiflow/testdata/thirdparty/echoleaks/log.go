package echoleaks

import (
	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// Logs: the echo.Logger of a Context (or of an Echo: the same interface).
func Logs(c echo.Context, e *echo.Echo, p *model.Patient, card model.Card) {
	l := c.Logger()
	l.Print("patient ", p.Name) // want "PHI1001"
	l.Print("patient ", p.ID)
	l.Printf("patient %s", p.Name) // want "PHI1001"
	l.Printf("patient %s", p.ID)
	l.Printj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Printj(map[string]any{"patient": p.ID})
	l.Debug("patient ", p.Name) // want "PHI1001"
	l.Debug("patient ", p.ID)
	l.Debugf("patient %s", p.Name) // want "PHI1001"
	l.Debugf("patient %s", p.ID)
	l.Debugj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Debugj(map[string]any{"patient": p.ID})
	l.Info("patient ", p.Name) // want "PHI1001"
	l.Info("patient ", p.ID)
	l.Infof("patient %s", p.Name) // want "PHI1001"
	l.Infof("patient %s", p.ID)
	l.Infoj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Infoj(map[string]any{"patient": p.ID})
	l.Warn("patient ", p.Name) // want "PHI1001"
	l.Warn("patient ", p.ID)
	l.Warnf("patient %s", p.Name) // want "PHI1001"
	l.Warnf("patient %s", p.ID)
	l.Warnj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Warnj(map[string]any{"patient": p.ID})
	l.Error("patient ", p.Name) // want "PHI1001"
	l.Error("patient ", p.ID)
	l.Errorf("patient %s", p.Name) // want "PHI1001"
	l.Errorf("patient %s", p.ID)
	l.Errorj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Errorj(map[string]any{"patient": p.ID})
	l.Fatal("patient ", p.Name) // want "PHI1001"
	l.Fatal("patient ", p.ID)
	l.Fatalf("patient %s", p.Name) // want "PHI1001"
	l.Fatalf("patient %s", p.ID)
	l.Fatalj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Fatalj(map[string]any{"patient": p.ID})
	l.Panic("patient ", p.Name) // want "PHI1001"
	l.Panic("patient ", p.ID)
	l.Panicf("patient %s", p.Name) // want "PHI1001"
	l.Panicf("patient %s", p.ID)
	l.Panicj(map[string]any{"patient": p}) // want "Patient.Name.*PHI1001"
	l.Panicj(map[string]any{"patient": p.ID})
	e.Logger.Infof("patient %s", p.NHSNumber) // want "PHI1001"
	e.Logger.Info(card)
	e.Logger.Infoj(map[string]any{"card": card})
	if model.Allowed(p) {
		l.Infof("patient %s", p.Name)
	}
	l.Infof("patient %s", model.Redact(p.Name))
}
