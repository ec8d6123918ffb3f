package main_test

// End-to-end tests of PHI2004 (suppressions, configuration and baseline
// entries that have no effect) and PHI3002 (literals that look like real
// identifiers), from the built binary.

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// hygieneWant is what testdata/hygiene gives: the leak and the literal
// its leak comments name, the //phi:ignore on a line with no finding, and
// the phivet.yaml sink entry that the next entry shadows.
func hygieneWant(t *testing.T, dir string) map[key]bool {
	want := expectedLeaks(t, dir, false)
	want[key{"ward/ward.go", 17, "PHI2004"}] = true
	want[key{"phivet.yaml", 4, "PHI2004"}] = true
	return want
}

func TestHygiene(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "hygiene")
	checkFindings(t, dir, hygieneWant(t, dir))

	t.Run("-checks off", func(t *testing.T) {
		checkFindings(t, dir, expectedLeaks(t, dir, false), "-checks", "all,-PHI2004")
	})

	// go vet reports the stale suppression and the literal, not the
	// configuration entry, which is in no Go file (docs/go-vet.md).
	t.Run("go vet", func(t *testing.T) {
		vet := goVet(t, dir, filepath.Join(dir, "phivet.yaml"))
		for _, want := range []string{"ward.go:17:36: //phi:ignore suppresses nothing", "ward.go:23:43: \"4010232137\" looks like a real NHS number"} {
			if !strings.Contains(vet.Stderr, want) {
				t.Errorf("go vet: want %q, got %s", want, vet)
			}
		}
		if strings.Contains(vet.Stderr, "phivet.yaml:") {
			t.Errorf("go vet reports a configuration entry: %s", vet)
		}
	})
}

// A baselined finding that is fixed leaves a stale entry: -baseline names
// it on stderr, on its line of the baseline file, without failing the
// run, and -write-baseline drops it.
func TestStaleBaselineEntry(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "hygiene")
	base := filepath.Join(dir, "base.json")
	if res := phivet(t, dir, "-write-baseline", base, "./..."); res.Code != 0 {
		t.Fatalf("-write-baseline: %s", res)
	}
	if res := phivet(t, dir, "-baseline", base, "./..."); res.Code != 0 || res.Stdout != "" || res.Stderr != "" {
		t.Fatalf("all baselined: want exit 0 and no output, got %s", res)
	}
	editFile(t, filepath.Join(dir, "ward", "ward.go"), func(s string) string {
		return strings.Replace(s, `log.Printf("admitted %s", p.Name) // leak: PHI1001`, `log.Printf("admitted a patient")`, 1)
	})

	res := phivet(t, dir, "-baseline", base, "./...")
	if res.Code != 0 || res.Stdout != "" {
		t.Errorf("want exit 0 and no findings, got %s", res)
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	entry := -1 // the line of the fixed finding's entry
	for i, l := range lines {
		if strings.Contains(l, `"code": "PHI1001"`) {
			for entry = i; entry > 0 && strings.TrimSpace(lines[entry]) != "{"; entry-- {
			}
			entry++ // 1-based
		}
	}
	want := "base.json:" + strconv.Itoa(entry) + ": stale baseline entry (PHI2004): PHI1001 ward/ward.go in Admit: Patient.Name (direct) reaches log sink log.Printf"
	if entry <= 0 || !strings.Contains(res.Stderr, want) || !strings.Contains(res.Stderr, "1 baselined findings are gone") {
		t.Errorf("stderr does not name the stale entry %q:\n%s", want, res.Stderr)
	}

	// PHI2004 off: the count only. The baseline's own PHI2004 entries are
	// not gone: the run did not look for them.
	off := phivet(t, dir, "-baseline", base, "-checks", "all,-PHI2004", "./...")
	if strings.Contains(off.Stderr, "stale baseline entry") || !strings.Contains(off.Stderr, "1 baselined findings are gone") {
		t.Errorf("-checks all,-PHI2004: want the count only, got %s", off)
	}

	if res := phivet(t, dir, "-write-baseline", base, "./..."); res.Code != 0 {
		t.Fatalf("-write-baseline: %s", res)
	}
	if data, _ := os.ReadFile(base); strings.Contains(string(data), "PHI1001") {
		t.Errorf("-write-baseline kept the stale entry:\n%s", data)
	}
	if res := phivet(t, dir, "-baseline", base, "./..."); res.Code != 0 || res.Stdout != "" || res.Stderr != "" {
		t.Errorf("after -write-baseline: want exit 0 and no output, got %s", res)
	}
}

// A suppression of a flow that only the whole program shows (through an
// implementation the caller's package does not import) is used under
// phivet; under go vet, which cannot see the flow, it is stale.
func TestWholeProgramIgnore(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "wired")
	handler := filepath.Join(dir, "handler", "handler.go")
	editFile(t, handler, func(s string) string {
		return strings.Replace(s, "return h.Records.Fetch(p.NHSNumber) // leak: PHI1004", "return h.Records.Fetch(p.NHSNumber) //phi:ignore the records service is internal", 1)
	})
	if res := run(t, dir, []string{"PHIVET_CACHE=off"}, phivetBin, "./..."); res.Code != 0 || res.Stdout != "" {
		t.Errorf("phivet: want exit 0 and no findings, got %s", res)
	}
	vet := goVet(t, dir, filepath.Join(dir, "phivet.yaml"))
	if !strings.Contains(vet.Stderr, "handler.go:18:38: //phi:ignore suppresses nothing") {
		t.Errorf("go vet: want the suppression reported stale, got %s", vet)
	}
}
