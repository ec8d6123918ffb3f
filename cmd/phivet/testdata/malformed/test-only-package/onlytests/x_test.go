package onlytests

import (
	"log"
	"testing"
)

type rec struct {
	Name string `phi:"direct"`
}

func TestX(t *testing.T) {
	log.Println(rec{Name: "Jo"}.Name) // synthetic test data: not reported without -tests
}
