package testsonly

import (
	"log"
	"testing"
)

func TestLabel(t *testing.T) {
	p := Patient{ID: "pt-1", Name: "Ada Example"}
	log.Printf("testing with %s", p.Name) // leak: PHI1001
	if Label(p) != "pt-1" {
		t.Fatal("wrong label")
	}
}
