// Package echoerrleaks has the cases of an echo handler's returned error
// under echo's default error handler, which sends an HTTPError's message
// and, for any other error, "Internal Server Error": no
// echo.Echo.HTTPErrorHandler is set here, nor Debug.
package echoerrleaks

import (
	"fmt"

	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// Appointment's plain error is not sent by the default handler.
func Appointment(c echo.Context) error {
	return fmt.Errorf("no appointment for %s", StoredPatient(c.Param("id")).Name) // clean: the default sends no plain error
}

// Missing's HTTPError is: its constructor is the sink.
func Missing(c echo.Context) error {
	return echo.NewHTTPError(404, "no record for "+StoredPatient(c.Param("id")).Name) // want "PHI1003"
}
