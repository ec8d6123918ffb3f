// Package echologleaks has the cases of an echo app whose error handler
// logs the error and answers a constant: a handler's error is logged,
// not sent.
package echologleaks

import (
	"fmt"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// New sets an error handler that logs the error and answers a constant.
func New() *echo.Echo {
	e := echo.New()
	e.HTTPErrorHandler = logError
	e.GET("/appointment/:id", Appointment)
	return e
}

func logError(err error, c echo.Context) {
	log.Printf("request failed: %v", err)
	c.String(http.StatusInternalServerError, "something went wrong")
}

// Appointment's error names the patient: the hook logs it.
func Appointment(c echo.Context) error {
	return fmt.Errorf("no appointment for %s", StoredPatient(c.Param("id")).Name) // want `Patient.Name \(direct\).* reaches log sink the error echologleaks.Appointment returns \(an echo handler\).*PHI1001`
}
