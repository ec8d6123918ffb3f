package main_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

// TestGoVetConfigForms covers the ways docs/go-vet.md names the
// configuration: a relative -config (resolved walking up from each
// package's directory, where go vet runs the tool), and none at all
// (phivet.yaml found walking up). Packages live in subdirectories of the
// module root, so both must walk up; and with one GOCACHE for all runs,
// an edited file must change the result in each form. -checks is passed
// through go vet too.
func TestGoVetConfigForms(t *testing.T) {
	needBinary(t)
	const withSource = `sources:
  - func: example.com/cachecfg/store.Get
    class: direct
`
	// The default GOCACHE: go vet's results for the standard library's
	// packages, which it analyses for facts, are reused from run to run.
	// That keeps the test valid: a result cached under the first
	// configuration replayed for the second is exactly the failure tested.
	for _, tc := range []struct {
		name  string
		flags []string
	}{
		{"relative -config", []string{"-config=phivet.yaml"}},
		{"no -config", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyFixture(t, "cachecfg")
			want, _ := onlyLeak(t, dir, false)
			pos := fmt.Sprintf("%s:%d:", filepath.Base(want.File), want.Line)
			vet := func(extra ...string) result {
				args := append([]string{"vet", "-vettool=" + phivetBin}, tc.flags...)
				args = append(args, extra...)
				return run(t, dir, nil, goBin, append(args, "./...")...)
			}
			e2e.WriteFile(t, filepath.Join(dir, "phivet.yaml"), "")
			if res := vet(); res.Code != 0 || strings.Contains(res.Stderr, "PHI") {
				t.Fatalf("without the source: want exit status 0 and no finding, got %s", res)
			}
			e2e.WriteFile(t, filepath.Join(dir, "phivet.yaml"), withSource)
			res := vet()
			if res.Code == 0 || !strings.Contains(res.Stderr, pos) {
				t.Fatalf("with the source: no finding at %s (a stale cached result, or the file not found from app/?), got %s", pos, res)
			}
			checkVetReport(t, res, want)
			if res := vet("-checks=all,-PHI1001"); res.Code != 0 || strings.Contains(res.Stderr, "PHI") {
				t.Errorf("-checks=all,-PHI1001: want exit status 0 and no finding, got %s", res)
			}
		})
	}
}
