// Package obs has the clinic's small observability helpers.
package obs

import (
	"log"
	"os"
)

// Enabled turns Debug on; set CLINIC_DEBUG to enable it.
var Enabled = os.Getenv("CLINIC_DEBUG") != ""

// Debug writes an event and a value to the service log when debugging is on.
func Debug(event string, v any) {
	if !Enabled {
		return
	}
	log.Printf("debug: %s: %+v", event, v)
}
