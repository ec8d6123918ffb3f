// Package fibererrleaks has the cases of a fiber handler's returned
// error under fiber's default error handler, which sends the error's
// message to the caller: no fiber.Config.ErrorHandler is set here.
package fibererrleaks

import (
	"database/sql"
	"fmt"

	"github.com/gofiber/fiber/v2"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// Appointment's error names the stored patient: the default error
// handler sends it.
func Appointment(c *fiber.Ctx) error {
	p := StoredPatient(c.Params("id"))
	if p.Ward == "" {
		return fmt.Errorf("no appointment for %s", p.Name) // want `Patient.Name \(direct\).* is sent in a response by the error fibererrleaks.Appointment returns \(a fiber handler\)`
	}
	if model.Allowed(p) {
		return fmt.Errorf("no ward for %s", p.Name) // clean: the check holds
	}
	return fmt.Errorf("no appointment for %s", p.ID) // clean: a surrogate key
}

// Register's error quotes what the caller sent (contract §3: the
// caller's own data, back to the same caller).
func Register(c *fiber.Ctx) error {
	var p model.Patient
	if err := c.BodyParser(&p); err != nil {
		return err
	}
	return fmt.Errorf("cannot register %s", p.Name) // clean: the caller's own
}

// Query returns a database error: an I/O call's error identifies no one.
func Query(db *sql.DB) fiber.Handler {
	return func(c *fiber.Ctx) error {
		var name string
		if err := db.QueryRow("SELECT name FROM patients WHERE id = $1", c.Params("id")).Scan(&name); err != nil {
			return err // clean: a driver's error
		}
		return c.SendString("ok")
	}
}

// Routes registers a handler literal.
func Routes(app *fiber.App) {
	app.Get("/card/:id", func(c *fiber.Ctx) error {
		return fmt.Errorf("no card for %s", StoredPatient(c.Params("id")).Name) // want `is sent in a response by the error a function literal returns \(a fiber handler\)`
	})
}

// helper is called by the package's own code: its error is the caller's
// to return, and judged there.
func helper(id string) error {
	return fmt.Errorf("no record for %s", StoredPatient(id).Name)
}

// Wrapped returns a helper's error.
func Wrapped(c *fiber.Ctx) error {
	return helper(c.Params("id")) // want "PHI1003"
}
