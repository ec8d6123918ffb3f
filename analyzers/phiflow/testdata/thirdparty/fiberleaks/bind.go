package fiberleaks

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"example.com/thirdparty/model"
)

// Bound answers with the record it parsed from the request's body
// (contract §3): the caller's own; logging it is a disclosure.
func Bound(c *fiber.Ctx) error {
	p := new(model.Patient)
	if err := c.BodyParser(p); err != nil {
		return err
	}
	log.Print(p.Name) // want "PHI1001"
	return c.JSON(p)
}

// FromURL answers with a record built from the request's path, query and
// form: what the caller sent (contract §3); logging it, or answering with
// a header value, is a disclosure.
func FromURL(c *fiber.Ctx) error {
	p := model.Patient{ID: c.Params("id"), Name: c.Query("name"), Diagnosis: c.FormValue("dx")}
	log.Print(p.Name)                                // want "PHI1001"
	_ = c.JSON(model.Patient{Name: c.Get("X-Name")}) // want "PHI1003"
	q := new(model.Patient)
	if err := c.QueryParser(q); err != nil {
		return err
	}
	_ = c.JSON(q)
	return c.JSON(p)
}
