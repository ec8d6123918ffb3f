package main_test

import (
	"path/filepath"
	"testing"
)

// TestHiddenImplementationsOutOfExportData runs the command and go vet on
// a module whose helper package passes a patient's name on through an
// interface whose implementation is an unexported type of the package
// that declares the interface: its export data, which is all the helper
// and its callers see of it under both, holds no such type. The fact
// listing the package's hidden implementations lets the helper's summary
// reach the logging notifier, so both report the caller's flow; a counter
// that only hands back a length stays clean.
func TestHiddenImplementationsOutOfExportData(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "hiddenimpl")
	want := expectedLeaks(t, dir, false)
	if len(want) != 1 {
		t.Fatalf("the fixture marks %d leaks, want 1", len(want))
	}
	checkFindings(t, dir, want)
	vet := goVet(t, dir, filepath.Join(dir, "phivet.yaml"))
	for k := range want {
		checkVetReport(t, vet, k)
	}
}
