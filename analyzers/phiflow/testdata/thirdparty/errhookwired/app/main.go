// Command app wires the handlers with error handlers of its own.
package main

import (
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"example.com/thirdparty/errhookwired/handler"
)

func main() {
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		return c.Status(fiber.StatusInternalServerError).SendString("something went wrong")
	}})
	app.Get("/appointments/:id", handler.Appointment)
	e := echo.New()
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		c.JSON(500, map[string]string{"error": err.Error()})
	}
	e.GET("/visits/:id", handler.Visit)
	_ = app.Listen(":8080")
	_ = e.Start(":8081")
}
