// Package app logs what store.Get returns.
package app

import (
	"log"

	"example.com/cachecfg/store"
)

// Show logs the patient's name.
func Show(id string) {
	log.Printf("showing %s", store.Get(id)) // leak: PHI1001 only when phivet.yaml declares store.Get a source
}
