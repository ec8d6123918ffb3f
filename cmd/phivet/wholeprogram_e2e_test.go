package main_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWholeProgramDispatch runs the command and go vet on a module of
// four packages: a handler calling an interface declared in a second,
// implemented (by an unexported type an exported constructor returns) in
// a third that the handler does not import, the two wired in main. The
// command sees the whole program and reports the identifiable data the
// implementation puts into a URL; go vet, which analyses one package at a
// time, cannot see the implementation from the handler and reports
// nothing: the difference docs/go-vet.md documents.
func TestWholeProgramDispatch(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wired")
	checkFindings(t, dir, expectedLeaks(t, dir, false))

	vet := goVet(t, dir, filepath.Join(dir, "phivet.yaml"))
	if vet.Code != 0 || strings.Contains(vet.Stderr, "PHI") {
		t.Errorf("go vet: the implementation is out of the handler's sight, want no finding; got %s", vet)
	}
}
