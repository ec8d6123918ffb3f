package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
	"github.com/phivet/phivet/internal/pkgload"
)

// A runCache keeps what a run found, keyed by everything it follows
// from: the phivet executable, the working directory, the command line,
// the configuration as the analyzers receive it, and the package graph
// down to the bytes of every file analysed and the standard library's
// export data (pkgload.Graph.Fingerprint). A re-run on unchanged code
// then prints the same findings without analysing; any change at all
// re-runs everything. Only runs that loaded and analysed every package
// without an error are kept.
//
// PHIVET_CACHE names the directory (default: phivet under the user's
// cache directory); PHIVET_CACHE=off turns it off. go vet and
// golangci-lint keep their own caches and do not use it.
type runCache struct{ dir string }

// cachedRun is what a kept run holds: the result's findings and
// declared names, everything after analysis (baseline, output) being
// recomputed from them.
type cachedRun struct {
	Findings []output.Finding
	Names    map[string][]string
	// Coverage is kept for a run with -v, which prints it.
	Coverage *flowmap.CoverageCount
}

const cacheVersion = "phivet run cache 1"

// openRunCache returns the cache PHIVET_CACHE names, or nil when it is
// off or there is no cache directory.
func openRunCache() *runCache {
	switch d := os.Getenv("PHIVET_CACHE"); d {
	case "off":
		return nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		return &runCache{filepath.Join(base, "phivet")}
	default:
		return &runCache{d}
	}
}

// runInputs is what a run follows from besides the package graph.
type runInputs struct {
	cwd        string
	args       []string
	configFile string // "" when there is none (then nothing is checked against it)
	config     string // the configuration as the analyzers receive it
}

// key returns the cache key of a run on graph g, or "" when the run is
// not to be cached.
func (c *runCache) key(in runInputs, g *pkgload.Graph) string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n", cacheVersion)
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return ""
	}
	fmt.Fprintf(h, "\ncwd %q\nargs %q\nconfig file %q\nconfig %q\n", in.cwd, in.args, in.configFile, in.config)
	if err := g.Fingerprint(h); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *runCache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key)
}

// get returns the run kept under key. An entry that cannot be read or
// decoded is a miss.
func (c *runCache) get(key string) (*cachedRun, bool) {
	data, err := os.ReadFile(c.path(key))
	if err != nil {
		return nil, false
	}
	var run cachedRun
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&run); err != nil {
		return nil, false
	}
	now := time.Now()
	_ = os.Chtimes(c.path(key), now, now) // best effort: marks it used, for trim
	return &run, true
}

// put keeps run under key. It is best effort: a cache that cannot be
// written costs the next run its analysis, nothing else. The entry is
// written to a temporary file and renamed, so a reader (another phivet
// running at the same time) sees it whole or not at all.
func (c *runCache) put(key string, run *cachedRun) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(run); err != nil {
		return
	}
	dir := filepath.Dir(c.path(key))
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, key+".tmp*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), c.path(key)) != nil {
		_ = os.Remove(tmp.Name())
		return
	}
	c.trim(time.Now())
}

// Entries unused for trimAge are removed, at most once per trimEvery.
const (
	trimAge   = 5 * 24 * time.Hour
	trimEvery = 24 * time.Hour
)

// trim removes entries unused for trimAge, at most once per trimEvery,
// so that a cache of one entry per state of the code stays small.
func (c *runCache) trim(now time.Time) {
	stamp := filepath.Join(c.dir, "trimmed")
	if fi, err := os.Stat(stamp); err == nil && now.Sub(fi.ModTime()) < trimEvery {
		return
	}
	_ = os.WriteFile(stamp, nil, 0o666)
	subdirs, _ := os.ReadDir(c.dir)
	for _, sub := range subdirs {
		if !sub.IsDir() {
			continue
		}
		entries, _ := os.ReadDir(filepath.Join(c.dir, sub.Name()))
		for _, e := range entries {
			if fi, err := e.Info(); err == nil && now.Sub(fi.ModTime()) > trimAge {
				_ = os.Remove(filepath.Join(c.dir, sub.Name(), e.Name()))
			}
		}
	}
}
