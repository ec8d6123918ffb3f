package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/phivet/phivet/cmd/phivet/internal/output"
)

// A baseline records the findings a team has accepted for now, so that
// phivet -baseline reports only new ones (docs/baseline.md). Findings are
// identified by output.Fingerprint: the code, the file relative to the
// repository root, the enclosing function and the message (which names
// the data, the sink and what was missing), never the line, so editing
// code above a finding does not make it new. Identical findings in one
// function share a fingerprint and are counted.

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

type baselineFile struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"` // how many findings have this fingerprint
	// The rest is for people reading the file and reviewing its diffs;
	// matching uses the fingerprint alone.
	Code     string `json:"code"`
	File     string `json:"file"`
	Function string `json:"function"`
	Message  string `json:"message"`
}

// writeBaseline writes every finding to path.
func writeBaseline(path string, fs []output.Finding, root string) error {
	b := baselineFile{Version: baselineVersion, Tool: "phivet", Findings: []baselineEntry{}}
	index := map[string]int{}
	for _, f := range fs {
		fp := output.Fingerprint(f, root)
		if i, ok := index[fp]; ok {
			b.Findings[i].Count++
			continue
		}
		index[fp] = len(b.Findings)
		b.Findings = append(b.Findings, baselineEntry{
			Fingerprint: fp, Count: 1, Code: string(f.Code),
			File: output.RepoFile(f.Pos.File, root), Function: f.Func, Message: f.Message,
		})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Function != y.Function {
			return x.Function < y.Function
		}
		if x.Code != y.Code {
			return x.Code < y.Code
		}
		return x.Message < y.Message
	})
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// readBaseline reads a baseline: fingerprint → count.
func readBaseline(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: not a phivet baseline: %v", path, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, want %d (write it again with -write-baseline)", path, b.Version, baselineVersion)
	}
	counts := map[string]int{}
	for _, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: an entry has no fingerprint", path)
		}
		counts[e.Fingerprint] += max(e.Count, 1)
	}
	return counts, nil
}

// applyBaseline returns the findings the baseline does not cover, and how
// many baselined findings are gone (fixed, or changed beyond recognition).
// Of several findings sharing a fingerprint, the baseline covers as many
// as it counted, in source order; the rest are new.
func applyBaseline(fs []output.Finding, base map[string]int, root string) (fresh []output.Finding, gone int) {
	left := make(map[string]int, len(base))
	for fp, n := range base {
		left[fp] = n
	}
	sorted := append([]output.Finding(nil), fs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Pos, sorted[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	for _, f := range sorted {
		fp := output.Fingerprint(f, root)
		if left[fp] > 0 {
			left[fp]--
			continue
		}
		fresh = append(fresh, f)
	}
	for _, n := range left {
		gone += n
	}
	return fresh, gone
}
