package echoleaks

import (
	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// visit holds identifiable data only where encoding/json does not look.
type visit struct {
	ID    string
	NHS   string `json:"-" phi:"direct"`
	Extra string `json:"-"`
	Shown string `json:"shown"`
}

// Encoding: echo's JSON encodes with encoding/json's rules.
func Encoding(c echo.Context, p *model.Patient) error {
	v := &visit{ID: p.ID, NHS: p.NHSNumber, Extra: p.Name}
	if err := c.JSON(200, v); err != nil {
		return err
	}
	v.Shown = p.Name
	return c.JSON(200, v) // want `Patient.Name \(direct\) is sent in a response by \(echo.Context\).JSON`
}
