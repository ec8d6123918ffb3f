// Package handler has a fiber handler and an echo handler whose errors
// name a patient. Their error handlers are set in main, which imports
// this package: out of go vet's sight here, in the phivet command's
// (cmd/phivet TestWholeProgramErrorHandlers).
package handler

import (
	"fmt"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// Appointment's error goes to the fiber app's error handler, which
// answers a constant: the command reports nothing; go vet, which sees
// no error handler set, judges it as fiber's default sends it.
func Appointment(c *fiber.Ctx) error {
	return fmt.Errorf("no appointment for %s", StoredPatient(c.Params("id")).Name)
}

// Visit's error goes to the echo app's error handler, which sends the
// message: the command reports it; go vet, which sees none set, judges
// it as echo's default, which sends no plain error.
func Visit(c echo.Context) error {
	return fmt.Errorf("no visit for %s", StoredPatient(c.Param("id")).Name)
}
