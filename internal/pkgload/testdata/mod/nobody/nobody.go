// Package nobody type-checks but does not compile: gc wants a body (or
// assembly) for Missing. A linter has no need to compile it.
package nobody

import "fmt"

func Missing() string

func Describe(v any) string { return fmt.Sprint(v) + Missing() }
