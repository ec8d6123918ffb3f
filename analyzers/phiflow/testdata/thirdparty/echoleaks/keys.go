package echoleaks

import (
	"log"

	"github.com/labstack/echo/v4"

	"example.com/thirdparty/model"
)

// Keyed keeps a patient and a request id in the context: what is read
// back under one key is what was set under it.
func Keyed(c echo.Context, p *model.Patient) {
	c.Set("patient", p)
	c.Set("requestID", "r-1")
	log.Print(c.Get("patient")) // want "PHI1001"
	log.Print(c.Get("requestID"))
}

// A job carries the handler's context beside its own data.
type job struct {
	c    echo.Context
	ward string
}

// JobBesideContext prints a job whose context keeps a patient: only the
// job's own data counts.
func JobBesideContext(c echo.Context, p *model.Patient) {
	c.Set("patient", p)
	log.Printf("%+v", job{c: c, ward: p.Ward})
	log.Printf("%+v", job{c: c, ward: p.Name}) // want "PHI1001"
}
