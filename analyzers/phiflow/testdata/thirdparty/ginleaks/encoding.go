package ginleaks

import (
	"github.com/gin-gonic/gin"

	"example.com/thirdparty/model"
)

// visit holds identifiable data only where encoding/json does not look:
// fields tagged json:"-" and unexported ones, marked or not.
type visit struct {
	ID    string
	NHS   string `json:"-" phi:"direct"`
	ward  string `phi:"indirect"`
	Extra string `json:"-"`
}

// Encoding: gin's JSON renderers encode with encoding/json's rules, by
// value, by pointer and element by element; a gin.H keeps its keys apart.
func Encoding(c *gin.Context, p *model.Patient) {
	v := visit{ID: p.ID, NHS: p.NHSNumber, ward: p.Postcode, Extra: p.Name}
	c.JSON(200, v)
	c.JSON(200, &v)
	c.IndentedJSON(200, []visit{v})
	h := gin.H{"id": p.ID, "name": p.Name}
	c.JSON(200, gin.H{"id": h["id"]})
	c.JSON(200, gin.H{"name": h["name"]}) // want `Patient.Name \(direct\) is sent in a response by \(\*gin.Context\).JSON`
}
