package testson

import (
	"log"
	"testing"
)

func TestNew(t *testing.T) {
	p := New("1", "Test Patient")
	log.Println("created", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	t.Log(p.Name)                  // clean: testing is excluded from log sinks
}
