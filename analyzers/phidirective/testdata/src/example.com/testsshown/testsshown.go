// Package testsshown has a malformed directive in a _test.go file, shown
// with -tests.
package testsshown
