package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/phivet/phivet/analyzers/codes"

	"github.com/phivet/phivet/cmd/phivet/internal/output"
)

// A baseline records the findings a team has accepted for now, so that
// phivet -baseline reports only new ones (docs/baseline.md). Findings are
// identified by output.Fingerprint: the code, the file relative to the
// repository root, the enclosing function and the message (which names
// the data, the sink and what was missing), never the line, so editing
// code above a finding does not make it new. Identical findings in one
// function share a fingerprint and are counted.

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

// baselineVersion is the version of the baseline file format.
const baselineVersion = 1

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
		return cmp.Or(cmp.Compare(x.File, y.File), cmp.Compare(x.Function, y.Function),
			cmp.Compare(x.Code, y.Code), cmp.Compare(x.Message, y.Message)) < 0
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

// baseline is a baseline file as read: fingerprint → count, and its
// entries with their lines, to name those that match nothing.
type baseline struct {
	path    string
	counts  map[string]int
	entries []baselineEntry
	lines   []int // lines[i] is where entries[i] starts in the file (0 if unknown)
}

// readBaseline reads a baseline.
func readBaseline(path string) (*baseline, error) {
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
	base := &baseline{path: path, counts: map[string]int{}, entries: b.Findings, lines: entryLines(data, len(b.Findings))}
	for _, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: an entry has no fingerprint", path)
		}
		base.counts[e.Fingerprint] += max(e.Count, 1)
	}
	return base, nil
}

// entryLines returns the line on which each of the n entries of the
// findings array starts, or nil when the file cannot be walked (it was
// unmarshalled already, so that does not happen for a valid one).
func entryLines(data []byte, n int) []int {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		if key != "findings" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil
		}
		lines := make([]int, 0, n)
		for dec.More() {
			off := int(dec.InputOffset())
			for off < len(data) && (data[off] == ',' || data[off] == ' ' || data[off] == '\t' || data[off] == '\n' || data[off] == '\r') {
				off++
			}
			lines = append(lines, 1+bytes.Count(data[:off], []byte("\n")))
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
		}
		return lines
	}
	return nil
}

// applyBaseline returns the findings the baseline does not cover, and the
// baseline's entries that cover none or fewer than they counted (fixed,
// or changed beyond recognition), with how many of each are gone.
// Of several findings sharing a fingerprint, the baseline covers as many
// as it counted, in source order; the rest are new.
func applyBaseline(fs []output.Finding, base *baseline, root string) (fresh []output.Finding, stale []staleEntry) {
	left := make(map[string]int, len(base.counts))
	for fp, n := range base.counts {
		left[fp] = n
	}
	sorted := append([]output.Finding(nil), fs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Pos, sorted[j].Pos
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column)) < 0
	})
	for _, f := range sorted {
		fp := output.Fingerprint(f, root)
		if left[fp] > 0 {
			left[fp]--
			continue
		}
		fresh = append(fresh, f)
	}
	for i, e := range base.entries {
		n := min(left[e.Fingerprint], max(e.Count, 1))
		if n == 0 {
			continue
		}
		left[e.Fingerprint] -= n
		line := 0
		if i < len(base.lines) {
			line = base.lines[i]
		}
		stale = append(stale, staleEntry{entry: e, line: line, gone: n})
	}
	return fresh, stale
}

// staleEntry is a baseline entry that matched fewer findings than it
// counted.
type staleEntry struct {
	entry baselineEntry
	line  int
	gone  int
}

// reportStale says on stderr how many baselined findings are gone and,
// when PHI2004 is on, entry by entry what in the baseline matches
// nothing, so that a reviewer can see which findings went away (and
// check they were fixed, not hidden); -write-baseline drops them. An
// entry of a code -checks turns off is not gone: the run did not look.
func reportStale(w io.Writer, base *baseline, stale []staleEntry, enabled codes.Selection) {
	gone := 0
	var shown []staleEntry
	for _, s := range stale {
		if enabled.Enabled(codes.Code(s.entry.Code)) {
			gone += s.gone
			shown = append(shown, s)
		}
	}
	stale = shown
	if gone == 0 {
		return
	}
	fmt.Fprintf(w, "phivet: %d baselined findings are gone; run with -write-baseline %s to drop them\n", gone, base.path)
	if !enabled.Enabled(codes.UselessEntry) {
		return
	}
	for _, s := range stale {
		where := base.path
		if s.line > 0 {
			where = fmt.Sprintf("%s:%d", base.path, s.line)
		}
		e := s.entry
		fn := e.Function
		if fn == "" {
			fn = "package level"
		}
		count := ""
		if s.gone > 1 || e.Count > 1 {
			count = fmt.Sprintf(" (%d of %d gone)", s.gone, max(e.Count, 1))
		}
		fmt.Fprintf(w, "phivet: %s: stale baseline entry (%s): %s %s in %s: %s%s\n", where, codes.UselessEntry, e.Code, e.File, fn, e.Message, count)
	}
}
