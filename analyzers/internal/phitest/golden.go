package phitest

import (
	"bytes"
	"os"
	"testing"
)

// CheckGenerated checks that the file at path (a page generated from
// tables) holds got; with update it writes got there instead. regen is
// the command that rewrites the file, named in the failure.
func CheckGenerated(t *testing.T, path string, got []byte, update bool, regen string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run %s)", err, regen)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with its tables: run %s", path, regen)
	}
}
