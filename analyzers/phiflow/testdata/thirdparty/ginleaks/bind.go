package ginleaks

import (
	"log"

	"github.com/gin-gonic/gin"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// Bound answers with the record it bound from the request: the caller's
// own data, which the response to its request may carry back (contract
// §3); logging it or answering with a stored record is a disclosure.
func Bound(c *gin.Context) {
	var p model.Patient
	if err := c.ShouldBindJSON(&p); err != nil {
		c.JSON(400, gin.H{"error": "bad request"})
		return
	}
	c.JSON(200, p)
	c.JSON(200, gin.H{"name": p.Name})
	log.Printf("bound %v", p)        // want "PHI1001"
	c.JSON(200, StoredPatient(p.ID)) // want "PHI1003"
}

// BoundThenFilled adds stored data to the bound record.
func BoundThenFilled(c *gin.Context) {
	p := &model.Patient{}
	if c.Bind(p) != nil {
		return
	}
	p.Diagnosis = StoredPatient(p.ID).Diagnosis
	c.JSON(200, p) // want "PHI1003"
}

// Literals hold what they are given.
func Literals(c *gin.Context) {
	c.JSON(200, model.Patient{})
	c.JSON(200, &model.Patient{ID: c.Param("id")})
	c.JSON(200, model.Patient{Name: c.GetHeader("X-Name")}) // want "PHI1003"
}

// FromURL answers with a record built from the request's path, query and
// form: what the caller sent (contract §3). Logging it, or answering
// with a stored record it names, is a disclosure; the header is not the
// caller's own, since a gateway in front of the service may set it.
func FromURL(c *gin.Context) {
	p := model.Patient{ID: c.Param("id"), Name: c.Query("name"), Diagnosis: c.PostForm("dx")}
	c.JSON(200, p)
	dx, _ := c.GetQuery("dx")
	c.JSON(200, &model.Patient{Name: c.DefaultQuery("name", ""), Diagnosis: dx})
	c.JSON(200, model.Patient{Name: c.Params.ByName("name")})
	log.Printf("registered %v", p)                                      // want "PHI1001"
	c.JSON(200, model.Patient{Name: StoredPatient(c.Param("id")).Name}) // want "PHI1003"
}

// BoundAndKept keeps the bound record in the context for the handlers
// after it: Set writes nothing into it, so it is still the caller's own.
func BoundAndKept(c *gin.Context) {
	p := &model.Patient{}
	if c.ShouldBindJSON(p) != nil {
		return
	}
	c.Set("patient", p)
	c.JSON(200, p)
	log.Printf("kept %v", p) // want "PHI1001"
	stored := StoredPatient(p.ID)
	c.Set("stored", stored)
	c.JSON(200, stored) // want "PHI1003"
}
