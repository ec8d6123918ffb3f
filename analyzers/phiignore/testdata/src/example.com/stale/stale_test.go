package stale

import "testing"

// Test files get no PHI2004 without -tests.
func TestNothing(t *testing.T) {
	t.Log("x") //phi:ignore nothing here
}
