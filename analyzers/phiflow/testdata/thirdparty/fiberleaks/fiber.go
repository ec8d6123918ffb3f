// Package fiberleaks has the cases of github.com/gofiber/fiber/v2.
package fiberleaks

import (
	"fmt"
	"strings"

	"github.com/gofiber/fiber/v2"

	"example.com/thirdparty/model"
)

// Responses: every way a handler answers.
func Responses(c *fiber.Ctx, p *model.Patient, card model.Card) error {
	c.JSON(p) // want "Patient.Name.*PHI1003"
	c.JSON(card)
	c.Status(200).JSON(p) // want "PHI1003"
	c.Status(200).JSON(fiber.Map{"id": p.ID})
	c.JSONP(p) // want "PHI1003"
	c.JSONP(p.ID)
	c.XML(p) // want "PHI1003"
	c.XML(p.ID)
	c.Send([]byte(p.Name)) // want "PHI1003"
	c.Send([]byte(p.ID))
	c.SendString(p.Name) // want "PHI1003"
	c.SendString(p.ID)
	c.SendStream(strings.NewReader(p.Name)) // want "PHI1003"
	c.SendStream(strings.NewReader(p.ID))
	c.Write([]byte(p.Name)) // want "PHI1003"
	c.Write([]byte(p.ID))
	c.WriteString(p.Name) // want "PHI1003"
	c.WriteString(p.ID)
	c.Writef("%s", p.Name) // want "PHI1003"
	c.Writef("%s", p.ID)
	fmt.Fprintf(c, "%s", p.Name) // want "PHI1003"
	fmt.Fprintf(c, "%s", p.ID)
	c.Format(p.Name) // want "PHI1003"
	c.Format(p.ID)
	c.Render("card", p) // want "PHI1003"
	c.Render("card", card)
	c.Set("X-Patient", p.Name) // want "PHI1003"
	c.Set("X-Patient", p.ID)
	c.Append("X-Patient", p.Name) // want "PHI1003"
	c.Append("X-Patient", p.ID)
	c.Cookie(&fiber.Cookie{Name: "patient", Value: p.Name}) // want "PHI1003"
	c.Cookie(&fiber.Cookie{Name: "patient", Value: p.ID})
	c.Attachment(p.Name + ".pdf") // want "PHI1003"
	c.Attachment(p.ID + ".pdf")
	c.Download("/tmp/x.pdf", p.Name+".pdf") // want "PHI1003"
	c.Download("/tmp/x.pdf", p.ID+".pdf")
	c.Redirect("/search?name=" + p.Name) // want "PHI1004"
	c.Redirect("/patients/" + p.ID)
	c.Location("/search?name=" + p.Name) // want "PHI1004"
	c.Location("/patients/" + p.ID)
	if model.Allowed(p) {
		c.JSON(p)
	}
	c.SendString(model.Redact(p.Name))
	return nil
}

// Errors: the default error handler sends a fiber.Error's message.
func Errors(c *fiber.Ctx, p *model.Patient) error {
	if p.ID == "" {
		return fiber.NewError(fiber.StatusNotFound, "no record for "+p.Name) // want "PHI1003"
	}
	return fiber.NewError(fiber.StatusNotFound, "no record "+p.ID)
}
