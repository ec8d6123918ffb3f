// Package fiberquietleaks has the cases of a fiber app whose error
// handler answers a constant: a handler's error goes nowhere.
package fiberquietleaks

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// New sets an error handler that sends a constant message.
func New() *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		return c.Status(fiber.StatusInternalServerError).SendString("something went wrong")
	}})
	app.Get("/appointment/:id", Appointment)
	return app
}

// Appointment's error names the patient, but the error handler does not
// send it.
func Appointment(c *fiber.Ctx) error {
	return fmt.Errorf("no appointment for %s", StoredPatient(c.Params("id")).Name) // clean: the hook answers a constant
}
