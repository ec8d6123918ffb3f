package a

import "example.com/malformed/b"

// A calls B.
func A() { b.B() }
