package b

import "example.com/malformed/a"

// B calls A.
func B() { a.A() }
