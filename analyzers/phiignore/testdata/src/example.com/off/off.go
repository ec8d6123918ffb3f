// Package off has a stale suppression that -checks all,-PHI2004 keeps quiet.
package off

func f() int {
	return 1 //phi:ignore nothing here
}
