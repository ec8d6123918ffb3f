package echoleaks

import (
	"log"

	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// Bound answers with the record it bound from the request (contract §3):
// the caller's own; logging it is a disclosure.
func Bound(c echo.Context) error {
	var p model.Patient
	if err := c.Bind(&p); err != nil {
		return err
	}
	log.Print(p.Name) // want "PHI1001"
	return c.JSON(200, p)
}
