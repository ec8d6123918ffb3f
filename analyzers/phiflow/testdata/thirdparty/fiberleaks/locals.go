package fiberleaks

import (
	"log"

	"github.com/gofiber/fiber/v2"

	"example.com/thirdparty/model"
)

// Locals keeps a patient and a request id in the context: what is read
// back under one key is what was kept under it.
func Locals(c *fiber.Ctx, p *model.Patient) {
	c.Locals("patient", p)
	c.Locals("requestID", "r-1")
	log.Print(c.Locals("patient")) // want "PHI1001"
	log.Print(c.Locals("requestID"))
}
