package main_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestDependencyBuiltins checks that the phivet command and go vet agree
// on contract §2's rule for dependencies: a panic or println inside
// another module (here one replaced by a directory) is not a sink, while
// the analysed module's own panic is.
func TestDependencyBuiltins(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "depmodule")
	want, _ := onlyLeak(t, dir, false)
	pos := fmt.Sprintf("%s:%d:", filepath.Base(want.File), want.Line)
	check := func(driver string, res result) {
		t.Helper()
		out := res.Stdout + res.Stderr
		if !strings.Contains(out, pos) {
			t.Errorf("%s: nothing reported at %s\n%s", driver, pos, res)
		}
		if n := strings.Count(out, "PHI1001"); n != 1 {
			t.Errorf("%s: want the one finding at %s, got %d\n%s", driver, pos, n, res)
		}
	}
	check("phivet", phivet(t, dir, "./..."))
	check("go vet", run(t, dir, nil, goBin, "vet", "-vettool="+phivetBin, "./..."))
}

// TestDependencyUnfollowed checks that a call a dependency makes with
// what its caller passed, and that phivet cannot follow (a hook no code
// in sight sets), is listed under coverage at the caller's call, through
// the dependency's call, when the caller passes identifiable data (the
// name) and not when it passes none (the id).
func TestDependencyUnfollowed(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "depmodule")
	res := phivet(t, dir, "-v", "./...")
	const line = "phivet: coverage: 1 call to 1 callee phivet cannot follow was passed identifiable data;"
	if !strings.Contains(res.Stderr, line) {
		t.Errorf("want %q on stderr\n%s", line, res)
	}
	m := phivet(t, dir, "map", "-f", "json", "./...")
	for _, want := range []string{`"callee": "dynamic call of func(string)"`, `deplib.go`, `"function": "Announce"`} {
		if !strings.Contains(m.Stdout, want) {
			t.Errorf("map: want %s\n%s", want, m)
		}
	}
}
