// Package fasthttpleaks has the cases of github.com/valyala/fasthttp: a
// fiber handler answering through the fasthttp response and request
// context it holds, and a fasthttp handler of its own.
package fasthttpleaks

import (
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"example.com/thirdparty/model"
)

// FiberResponse: fiber's Ctx.Response is the response being sent.
func FiberResponse(c *fiber.Ctx, p *model.Patient) error {
	r := c.Response()
	r.SetBody([]byte(p.Name)) // want "Patient.Name.*PHI1003"
	r.SetBody([]byte(p.ID))
	r.SetBodyString(p.Diagnosis) // want "PHI1003"
	r.SetBodyString(p.ID)
	r.SetBodyRaw([]byte(p.NHSNumber)) // want "PHI1003"
	r.SetBodyRaw([]byte(p.ID))
	r.AppendBody([]byte(p.Name)) // want "PHI1003"
	r.AppendBody([]byte(p.ID))
	c.Response().AppendBodyString(p.Postcode) // want "PHI1003"
	c.Response().AppendBodyString(p.ID)
	r.SetBodyStream(strings.NewReader(p.Name), -1) // want "PHI1003"
	r.SetBodyStream(strings.NewReader(p.ID), -1)
	if model.Allowed(p) {
		r.SetBodyString(p.Name)
	}
	r.SetBodyString(model.Redact(p.Name))
	return nil
}

// BodyWriter: what the writer writes is the response's body, through a
// CSV writer over it as through fmt.
func BodyWriter(c *fiber.Ctx, ps []model.Patient) error {
	w := csv.NewWriter(c.Response().BodyWriter())
	defer w.Flush()
	for _, p := range ps {
		_ = w.Write([]string{p.ID, p.Name}) // want "Patient.Name.*PHI1003"
		_ = w.Write([]string{p.ID, p.Ward})
	}
	fmt.Fprintf(c.Response().BodyWriter(), "%s\n", ps[0].Diagnosis) // want "PHI1003"
	fmt.Fprintf(c.Response().BodyWriter(), "%d\n", len(ps))
	return nil
}

// Echo: what the caller sent is the caller's own, answered back.
func Echo(c *fiber.Ctx) error {
	p := model.Patient{Name: c.Query("name")}
	c.Response().SetBodyString("hello " + p.Name)
	fmt.Fprint(c.Response().BodyWriter(), p.Name)
	c.Context().SetBodyString(p.Name)
	return nil
}

// RequestCtx: fiber's Ctx.Context, or the fasthttp handler's own.
func RequestCtx(c *fiber.Ctx, p *model.Patient) {
	ctx := c.Context()
	ctx.SetBody([]byte(p.Name)) // want "PHI1003"
	ctx.SetBody([]byte(p.ID))
	ctx.SetBodyString(p.Name) // want "PHI1003"
	ctx.SetBodyString(p.ID)
	ctx.SetBodyStream(strings.NewReader(p.Name), -1) // want "PHI1003"
	ctx.SetBodyStream(strings.NewReader(p.ID), -1)
	ctx.Write([]byte(p.Name)) // want "PHI1003"
	ctx.Write([]byte(p.ID))
	ctx.WriteString(p.Name) // want "PHI1003"
	ctx.WriteString(p.ID)
	fmt.Fprintf(ctx, "%s", p.Name) // want "PHI1003"
	fmt.Fprintf(ctx, "%s", p.ID)
}

// Handler is a fasthttp handler of its own.
func Handler(ctx *fasthttp.RequestCtx, p *model.Patient) {
	ctx.Success("text/plain", []byte(p.Name)) // want "PHI1003"
	ctx.Success("text/plain", []byte(p.ID))
	ctx.SuccessString("text/plain", p.Name) // want "PHI1003"
	ctx.SuccessString("text/plain", p.ID)
	ctx.Error("no consent from "+p.Name, fasthttp.StatusForbidden) // want "PHI1003"
	ctx.Error("no consent for "+p.ID, fasthttp.StatusForbidden)
	ctx.Redirect("/search?name="+p.Name, fasthttp.StatusFound) // want "PHI1004"
	ctx.Redirect("/patients/"+p.ID, fasthttp.StatusFound)
	ctx.Response.SetBodyString(p.Name) // want "PHI1003"
}
