package ginleaks

import (
	"log"

	"github.com/gin-gonic/gin"
)

// Converter is a helper a middleware shares with the handlers through
// the context.
type Converter struct{ Lang string }

// Keyed keeps a stored patient and a converter in the context under two
// keys: what is read back under one key is what was set under it.
func Keyed(c *gin.Context, conv *Converter) {
	c.Set("patient", StoredPatient(c.Param("id")))
	c.Set("converter", conv)
	c.Set("requestID", "r-1")
	log.Print(c.GetString("requestID"))
	log.Print(c.MustGet("converter").(*Converter).Lang)
	log.Print(c.Get("converter"))
	log.Print(c.MustGet("patient")) // want "PHI1001"
	log.Print(c.Get("patient"))     // want "PHI1001"
	if _, ok := c.Get("patient"); ok {
		log.Print(ok)
	}
	log.Printf("%+v", *c) // want "PHI1001"
}

// KeyedByName reads under a key that is not a constant: it may be any
// key, the patient's too.
func KeyedByName(c *gin.Context, key string) {
	c.Set("patient", StoredPatient(c.Param("id")))
	log.Print(c.MustGet(key)) // want "PHI1001"
}

// SetPatient is a middleware keeping the stored patient for the handlers
// after it.
func SetPatient(c *gin.Context) {
	c.Set("patient", StoredPatient(c.Param("id")))
	c.Set("requestID", c.GetHeader("X-Request-ID"))
	c.Next()
}

// LogRequest is a handler after it: the request id is not the patient.
func LogRequest(c *gin.Context) {
	SetPatient(c)
	log.Print(c.GetString("requestID"))
	log.Print(c.GetString("patient")) // want "PHI1001"
}

// Getters reads back under each typed getter: the patient's key gives
// what was set under it, the request id's what was set under that.
func Getters(c *gin.Context) {
	c.Set("patient", StoredPatient(c.Param("id")))
	c.Set("requestID", 1)
	log.Print(c.GetInt("patient")) // want "PHI1001"
	log.Print(c.GetInt("requestID"))
	log.Print(c.GetInt64("patient")) // want "PHI1001"
	log.Print(c.GetInt64("requestID"))
	log.Print(c.GetUint("patient")) // want "PHI1001"
	log.Print(c.GetUint("requestID"))
	log.Print(c.GetUint64("patient")) // want "PHI1001"
	log.Print(c.GetUint64("requestID"))
	log.Print(c.GetFloat64("patient")) // want "PHI1001"
	log.Print(c.GetFloat64("requestID"))
	log.Print(c.GetTime("patient")) // want "PHI1001"
	log.Print(c.GetTime("requestID"))
	log.Print(c.GetDuration("patient")) // want "PHI1001"
	log.Print(c.GetDuration("requestID"))
	log.Print(c.GetStringSlice("patient")) // want "PHI1001"
	log.Print(c.GetStringSlice("requestID"))
	log.Print(c.GetStringMap("patient")) // want "PHI1001"
	log.Print(c.GetStringMap("requestID"))
	log.Print(c.GetStringMapString("patient")) // want "PHI1001"
	log.Print(c.GetStringMapString("requestID"))
	log.Print(c.GetStringMapStringSlice("patient")) // want "PHI1001"
	log.Print(c.GetStringMapStringSlice("requestID"))
}

// A renderer carries the handler's context beside what it renders.
type renderer struct {
	obj any
	c   *gin.Context
}

// RendererBesideContext prints renderers holding a context that keeps a
// patient: only what a renderer itself holds counts.
func RendererBesideContext(c *gin.Context) {
	p := StoredPatient(c.Param("id"))
	c.Set("patient", p)
	log.Printf("%+v", renderer{obj: "ok", c: c})
	log.Printf("%+v", renderer{obj: p, c: c}) // want "PHI1001"
	log.Print(renderer{obj: "ok", c: c})
}
