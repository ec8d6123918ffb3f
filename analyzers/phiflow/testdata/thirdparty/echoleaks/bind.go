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

// FromURL answers with a record built from the request's path, query and
// form: what the caller sent (contract §3); logging it, or answering with
// a header value, is a disclosure.
func FromURL(c echo.Context) error {
	p := model.Patient{ID: c.Param("id"), Name: c.QueryParam("name"), Diagnosis: c.FormValue("dx")}
	log.Print(p.Name)                                                      // want "PHI1001"
	_ = c.JSON(200, model.Patient{Name: c.Request().Header.Get("X-Name")}) // want "PHI1003"
	_ = c.JSON(200, model.Patient{Name: c.QueryParams().Get("name")})
	return c.JSON(200, p)
}
