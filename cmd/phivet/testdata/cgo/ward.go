// Package ward uses cgo: cgo rewrites this file before it is compiled,
// and its findings must still be reported here.
package ward

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import "log"

type Patient struct {
	ID   string
	Name string `phi:"direct"`
	Bed  int
}

func Admit(p *Patient) {
	beds := C.twice(C.int(p.Bed))
	log.Println("beds", int(beds), p.ID) // clean: no marked data
	log.Println("admitted", p.Name)      // leak: PHI1001
}
