// Package a reaches c only through b.
package a

import "example.com/mod/b"

func A() { b.B().M() }
