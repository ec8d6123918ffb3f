// Package echoleaks has the cases of github.com/labstack/echo/v4.
package echoleaks

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// Responses: every way a handler answers.
func Responses(c echo.Context, p *model.Patient, card model.Card) error {
	c.JSON(200, p) // want "Patient.Name.*PHI1003"
	c.JSON(200, card)
	c.JSONPretty(200, p, "  ") // want "PHI1003"
	c.JSONPretty(200, map[string]string{"id": p.ID}, "  ")
	c.JSONP(200, "cb", p) // want "PHI1003"
	c.JSONP(200, "cb", p.ID)
	c.XML(200, p) // want "PHI1003"
	c.XML(200, p.ID)
	c.XMLPretty(200, p, "  ") // want "PHI1003"
	c.XMLPretty(200, p.ID, "  ")
	c.JSONBlob(200, []byte(p.Name)) // want "PHI1003"
	c.JSONBlob(200, []byte(p.ID))
	c.JSONPBlob(200, "cb", []byte(p.Name)) // want "PHI1003"
	c.JSONPBlob(200, "cb", []byte(p.ID))
	c.XMLBlob(200, []byte(p.Name)) // want "PHI1003"
	c.XMLBlob(200, []byte(p.ID))
	c.HTML(200, "<b>"+p.Name+"</b>") // want "PHI1003"
	c.HTML(200, "<b>"+p.ID+"</b>")
	c.HTMLBlob(200, []byte(p.Name)) // want "PHI1003"
	c.HTMLBlob(200, []byte(p.ID))
	c.String(200, p.Name) // want "PHI1003"
	c.String(200, p.ID)
	c.Blob(200, "text/plain", p.Photo) // want "PHI1003"
	c.Blob(200, "text/plain", []byte(p.ID))
	c.Stream(200, "text/plain", strings.NewReader(p.Name)) // want "PHI1003"
	c.Stream(200, "text/plain", strings.NewReader(p.ID))
	c.Render(200, "card", p) // want "PHI1003"
	c.Render(200, "card", card)
	c.Attachment("/tmp/x.pdf", p.Name+".pdf") // want "PHI1003"
	c.Attachment("/tmp/x.pdf", p.ID+".pdf")
	c.Inline("/tmp/x.pdf", p.Name+".pdf") // want "PHI1003"
	c.Inline("/tmp/x.pdf", p.ID+".pdf")
	c.SetCookie(&http.Cookie{Name: "patient", Value: p.Name}) // want "PHI1003"
	c.SetCookie(&http.Cookie{Name: "patient", Value: p.ID})
	c.Response().Write([]byte(p.Name)) // want "PHI1003"
	c.Response().Write([]byte(p.ID))
	c.Response().Header().Set("X-Patient", p.Name) // want "PHI1003"
	c.Response().Header().Set("X-Patient", p.ID)
	fmt.Fprintf(c.Response(), "%s", p.Name) // want "PHI1003"
	fmt.Fprintf(c.Response(), "%s", p.ID)
	c.Redirect(302, "/search?name="+p.Name) // want "PHI1004"
	c.Redirect(302, "/patients/"+p.ID)
	if model.Allowed(p) {
		c.JSON(200, p)
	}
	c.String(200, model.Redact(p.Name))
	return nil
}

// Errors: the default error handler sends an HTTPError's message.
func Errors(c echo.Context, p *model.Patient) error {
	if p.ID == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no record for "+p.Name) // want "PHI1003"
	}
	return echo.NewHTTPError(http.StatusNotFound, "no record "+p.ID)
}
