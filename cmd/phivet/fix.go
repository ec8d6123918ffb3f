package main

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"io"
	"os"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// findingFix is the first suggested fix of a finding, as byte edits.
type findingFix struct {
	finding int // index into result.findings
	edits   []fileEdit
}

type fileEdit struct {
	file       string
	start, end int
	text       []byte
}

// fixesOf returns the first suggested fix of d, reported as finding i.
func fixesOf(fset *token.FileSet, d analysis.Diagnostic, i int) []findingFix {
	if len(d.SuggestedFixes) == 0 {
		return nil
	}
	ff := findingFix{finding: i}
	for _, e := range d.SuggestedFixes[0].TextEdits {
		tf := fset.File(e.Pos)
		if tf == nil {
			return nil
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		ff.edits = append(ff.edits, fileEdit{tf.Name(), tf.Offset(e.Pos), tf.Offset(end), e.NewText})
	}
	return []findingFix{ff}
}

// applyFixes applies the findings' suggested fixes to the files and drops
// the fixed findings from res. A fix that overlaps one already taken is
// skipped whole (its finding stays); identical edits (the same import
// added by two fixes) are made once. Each changed file is gofmt'ed.
func applyFixes(res *result, stderr io.Writer) error {
	taken := map[string][]fileEdit{}
	fixed := map[int]bool{}
	for _, ff := range res.fixes {
		if conflicts(taken, ff.edits) {
			continue
		}
		for _, e := range ff.edits {
			if !contains(taken[e.file], e) {
				taken[e.file] = append(taken[e.file], e)
			}
		}
		fixed[ff.finding] = true
	}
	files := make([]string, 0, len(taken))
	for f := range taken {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		edits := taken[file]
		sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
		for _, e := range edits {
			if e.start < 0 || e.end > len(src) || e.start > e.end {
				return fmt.Errorf("%s: edit out of range", file)
			}
			src = append(src[:e.start:e.start], append(append([]byte(nil), e.text...), src[e.end:]...)...)
		}
		if out, err := format.Source(src); err == nil {
			src = out
		}
		if err := os.WriteFile(file, src, 0o644); err != nil {
			return err
		}
	}
	kept := res.findings[:0]
	for i, f := range res.findings {
		if !fixed[i] {
			kept = append(kept, f)
		}
	}
	res.findings = kept
	if len(fixed) > 0 {
		fmt.Fprintf(stderr, "phivet: applied %d fixes to %d files\n", len(fixed), len(files))
	}
	return nil
}

func conflicts(taken map[string][]fileEdit, edits []fileEdit) bool {
	for _, e := range edits {
		for _, t := range taken[e.file] {
			if sameEdit(e, t) {
				continue
			}
			if e.start < t.end && t.start < e.end || e.start == t.start {
				return true
			}
		}
	}
	return false
}

func contains(list []fileEdit, e fileEdit) bool {
	for _, t := range list {
		if sameEdit(t, e) {
			return true
		}
	}
	return false
}

func sameEdit(a, b fileEdit) bool {
	return a.file == b.file && a.start == b.start && a.end == b.end && bytes.Equal(a.text, b.text)
}
