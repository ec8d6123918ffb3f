// Package echohookleaks has the cases of an echo app whose error handler
// sends every error's message.
package echohookleaks

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// New sets the usual error handler: the message as JSON.
func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
	}
	e.GET("/appointment/:id", Appointment)
	return e
}

// Appointment's error names the patient: the hook sends it.
func Appointment(c echo.Context) error {
	p := StoredPatient(c.Param("id"))
	if model.Allowed(p) {
		return fmt.Errorf("no ward for %s", p.Name) // clean: the check holds
	}
	return fmt.Errorf("no appointment for %s", p.Name) // want `Patient.Name \(direct\).* is sent in a response by the error echohookleaks.Appointment returns \(an echo handler\)`
}

// Register's error quotes what the caller sent: the caller's own.
func Register(c echo.Context) error {
	var p model.Patient
	if err := c.Bind(&p); err != nil {
		return err
	}
	return fmt.Errorf("cannot register %s", p.Name) // clean: the caller's own
}

// Missing's HTTPError is judged where it is built, by its constructor's
// sink row: its return through the hook is no second flow.
func Missing(c echo.Context) error {
	return echo.NewHTTPError(http.StatusNotFound, "no record for "+StoredPatient(c.Param("id")).Name) // want `by echo.NewHTTPError`
}
