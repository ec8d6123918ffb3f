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
