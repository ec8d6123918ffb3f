package packs_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// casesDir is the test module that compiles against the real libraries the
// packs mark, at the versions its go.mod pins (each table's Version).
var casesDir = filepath.Join("testdata", "packcases")

var (
	downloadOnce sync.Once
	downloadErr  error
	downloadOut  []byte
)

// needCases downloads the case module's dependencies into the module
// cache with the normal proxy settings (analysistest then loads them with
// GOPROXY=off), once per run.
func needCases(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("needs the libraries' modules; skipped in -short mode")
	}
	downloadOnce.Do(func() {
		cmd := exec.Command("go", "mod", "download")
		cmd.Dir = casesDir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
		downloadOut, downloadErr = cmd.CombinedOutput()
	})
	if downloadErr != nil {
		t.Fatalf("go mod download in %s: %v\n%s", casesDir, downloadErr, downloadOut)
	}
}

// useConfig hands the analyzers the configuration yaml for the rest of
// the test.
func useConfig(t *testing.T, yaml string) {
	t.Helper()
	cfg, err := config.Parse("phivet.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	f := phidirective.Analyzer.Flags.Lookup(phidirective.ConfigFlag)
	old := f.Value.String()
	if err := f.Value.Set(cfg.Encode()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Value.Set(old) })
}
