// Package ginleaks has the cases of github.com/gin-gonic/gin.
package ginleaks

import (
	"fmt"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"

	"example.com/thirdparty/model"
)

// Responses: every way a handler answers with a body.
func Responses(c *gin.Context, p *model.Patient, card model.Card) {
	c.JSON(200, p) // want "Patient.Name.*PHI1003"
	c.JSON(200, gin.H{"id": p.ID})
	c.IndentedJSON(200, p) // want "Patient.Name.*PHI1003"
	c.IndentedJSON(200, gin.H{"id": p.ID})
	c.SecureJSON(200, p) // want "Patient.Name.*PHI1003"
	c.SecureJSON(200, gin.H{"id": p.ID})
	c.JSONP(200, p) // want "Patient.Name.*PHI1003"
	c.JSONP(200, gin.H{"id": p.ID})
	c.AsciiJSON(200, p) // want "Patient.Name.*PHI1003"
	c.AsciiJSON(200, gin.H{"id": p.ID})
	c.PureJSON(200, p) // want "Patient.Name.*PHI1003"
	c.PureJSON(200, gin.H{"id": p.ID})
	c.AbortWithStatusJSON(200, p) // want "Patient.Name.*PHI1003"
	c.AbortWithStatusJSON(200, gin.H{"id": p.ID})
	c.XML(200, p) // want "Patient.Name.*PHI1003"
	c.XML(200, gin.H{"id": p.ID})
	c.YAML(200, p) // want "Patient.Name.*PHI1003"
	c.YAML(200, gin.H{"id": p.ID})
	c.TOML(200, p) // want "Patient.Name.*PHI1003"
	c.TOML(200, gin.H{"id": p.ID})
	c.ProtoBuf(200, p) // want "Patient.Name.*PHI1003"
	c.ProtoBuf(200, gin.H{"id": p.ID})
	c.JSON(200, card)
	c.Render(200, render.JSON{Data: p}) // want "PHI1003"
	c.Render(200, render.JSON{Data: p.ID})
	c.Negotiate(200, gin.Negotiate{Offered: []string{"application/json"}, Data: p}) // want "PHI1003"
	c.Negotiate(200, gin.Negotiate{Offered: []string{"application/json"}, Data: p.ID})
	c.String(200, "patient %s", p.Name) // want "PHI1003"
	c.String(200, "patient %s", p.ID)
	c.HTML(200, "card.tmpl", p) // want "PHI1003"
	c.HTML(200, "card.tmpl", card)
	c.Data(200, "text/plain", []byte(p.Name)) // want "PHI1003"
	c.Data(200, "text/plain", []byte(p.ID))
	c.DataFromReader(200, 0, "text/plain", strings.NewReader(p.Name), nil) // want "PHI1003"
	c.DataFromReader(200, 0, "text/plain", strings.NewReader(p.ID), nil)
	c.SSEvent("patient", p) // want "PHI1003"
	c.SSEvent("patient", p.ID)
	c.Header("X-Patient", p.Name) // want "PHI1003"
	c.Header("X-Patient", p.ID)
	c.SetCookie("patient", p.Name, 0, "/", "", true, true) // want "PHI1003"
	c.SetCookie("patient", p.ID, 0, "/", "", true, true)
	c.FileAttachment("/tmp/x.pdf", p.Name+".pdf") // want "PHI1003"
	c.FileAttachment("/tmp/x.pdf", p.ID+".pdf")
	c.Writer.WriteString(p.Name) // want "PHI1003"
	c.Writer.WriteString(p.ID)
	fmt.Fprintf(c.Writer, "%s", p.Name) // want "PHI1003"
	fmt.Fprintf(c.Writer, "%s", p.ID)
	c.Redirect(302, "/search?name="+p.Name) // want "is put into a URL.*PHI1004"
	c.Redirect(302, "/patients/"+p.ID)
	if model.Allowed(p) {
		c.JSON(200, p)
	}
	c.String(200, "patient %s", model.Redact(p.Name))
}
