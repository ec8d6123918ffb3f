package testsoff

import (
	"log"
	"testing"
)

func TestNew(t *testing.T) {
	p := New("1", "Test Patient")
	log.Println("created", p.Name) // clean: findings in _test.go files need -tests
	t.Log(p.Name)                  // clean: testing is not a sink
}
