// Package fiberhookleaks has the cases of a fiber app whose own error
// handler sends the error's message.
package fiberhookleaks

import (
	"fmt"

	"github.com/gofiber/fiber/v2"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// New sets an error handler that sends the error's message as JSON.
func New() *fiber.App {
	cfg := fiber.Config{}
	cfg.ErrorHandler = sendError
	app := fiber.New(cfg)
	app.Get("/appointment/:id", Appointment)
	return app
}

func sendError(c *fiber.Ctx, err error) error {
	return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()})
}

// Appointment's error names the patient: the hook sends it.
func Appointment(c *fiber.Ctx) error {
	return fmt.Errorf("no appointment for %s", StoredPatient(c.Params("id")).Name) // want `Patient.Name \(direct\).* is sent in a response by the error fiberhookleaks.Appointment returns \(a fiber handler\)`
}

// Missing's error names no one.
func Missing(c *fiber.Ctx) error {
	return fmt.Errorf("no appointment %s", StoredPatient(c.Params("id")).ID)
}
