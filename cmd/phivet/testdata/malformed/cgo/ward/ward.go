// Package ward uses cgo beside identifiable data.
package ward

/*
static int twice(int x) { return 2 * x; }
*/
import "C"

import "log"

// Bed is a bed with its patient.
type Bed struct {
	Number  int
	Patient string `phi:"direct"`
}

// Show logs the bed.
func Show(b Bed) {
	n := int(C.twice(C.int(b.Number)))
	log.Println(n, b.Patient) // leak: PHI1001
}
