package main_test

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
	"github.com/phivet/phivet/internal/e2e"
)

// TestRunCacheReplaysOnlyUnchangedInputs runs phivet with a run cache
// on the cachecfg module's app package. A run with the same inputs
// replays what the cache holds (the test plants a finding there to see
// it); a changed configuration, and a changed file in a dependency, each
// analyse again and give the real finding.
func TestRunCacheReplaysOnlyUnchangedInputs(t *testing.T) {
	needBinary(t)
	cache := t.TempDir()
	env := []string{"GOCACHE=" + t.TempDir(), "PHIVET_CACHE=" + cache}
	dir := copyFixture(t, "cachecfg")
	want, _ := onlyLeak(t, dir, false)
	config := filepath.Join(dir, "phivet.yaml")
	noSource, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	phivetApp := func() result {
		t.Helper()
		return run(t, dir, env, phivetBin, "-f", "json", "./app")
	}

	if res := phivetApp(); res.Code != 0 {
		t.Fatalf("first run: want exit status 0, got %s", res)
	}
	entries := cacheEntries(t, cache)
	if len(entries) != 1 {
		t.Fatalf("after one run the cache holds %d entries, want 1", len(entries))
	}

	const planted = "planted in the cache by the test"
	plant(t, entries[0], output.Finding{Code: codes.Code("PHI1001"), Message: planted,
		Pos: output.Position{File: filepath.Join(dir, "app", "app.go"), Line: 1, Column: 1}})
	if res := phivetApp(); res.Code != 1 || !strings.Contains(res.Stdout, planted) {
		t.Fatalf("same inputs: want the planted finding replayed, got %s", res)
	}

	e2e.WriteFile(t, config, "sources:\n  - func: example.com/cachecfg/store.Get\n    class: direct\npolicy:\n  log: any\n")
	res := phivetApp()
	if res.Code != 1 || strings.Contains(res.Stdout, planted) {
		t.Fatalf("changed configuration: want the real finding, got %s", res)
	}
	got, messages := jsonKeys(dir, parseJSON(t, res))
	compare(t, map[key]bool{want: true}, got, messages)

	e2e.WriteFile(t, config, string(noSource))
	store := filepath.Join(dir, "store", "store.go")
	src, err := os.ReadFile(store)
	if err != nil {
		t.Fatal(err)
	}
	marked := strings.Replace(string(src), "// Get returns", "//phi:source direct\n//\n// Get returns", 1)
	e2e.WriteFile(t, store, marked)
	res = phivetApp()
	if res.Code != 1 || strings.Contains(res.Stdout, planted) {
		t.Fatalf("changed dependency: want the real finding, got %s", res)
	}
	got, messages = jsonKeys(dir, parseJSON(t, res))
	compare(t, map[key]bool{want: true}, got, messages)
}

// TestRunCacheOff checks that PHIVET_CACHE=off writes no cache, where
// the default would be under the user's cache directory.
func TestRunCacheOff(t *testing.T) {
	needBinary(t)
	home := t.TempDir()
	env := []string{"GOCACHE=" + t.TempDir(), "HOME=" + home, "XDG_CACHE_HOME=" + filepath.Join(home, "cache"), "PHIVET_CACHE=off"}
	if res := run(t, fixture(t, "cachecfg"), env, phivetBin, "./..."); res.Code != 0 {
		t.Fatalf("want exit status 0, got %s", res)
	}
	if _, err := os.Stat(filepath.Join(home, "cache", "phivet")); !os.IsNotExist(err) {
		t.Fatalf("PHIVET_CACHE=off, yet %s exists (%v)", filepath.Join(home, "cache", "phivet"), err)
	}
	env[len(env)-1] = "PHIVET_CACHE="
	if res := run(t, fixture(t, "cachecfg"), env, phivetBin, "./..."); res.Code != 0 {
		t.Fatalf("want exit status 0, got %s", res)
	}
	if n := len(cacheEntries(t, filepath.Join(home, "cache", "phivet"))); n != 1 {
		t.Fatalf("default cache: %d entries under the user's cache directory, want 1", n)
	}
}

// cacheEntries lists the entries of a run cache.
func cacheEntries(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "??", "*"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// plant replaces a cache entry with one holding the finding f: the
// entry's format is the command's, a gob of its findings and names.
func plant(t *testing.T, entry string, f output.Finding) {
	t.Helper()
	var buf bytes.Buffer
	run := struct {
		Findings []output.Finding
		Names    map[string][]string
	}{Findings: []output.Finding{f}}
	if err := gob.NewEncoder(&buf).Encode(run); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(entry, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
}
