package output

import (
	"bytes"
	"path/filepath"
	"regexp"
	"testing"
)

func TestFingerprintIgnoresPosition(t *testing.T) {
	root, fs := fixture(t)
	f := fs[1]
	fp := Fingerprint(f, root)
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(fp) {
		t.Errorf("fingerprint %q is not 32 hex digits", fp)
	}
	moved := f
	moved.Pos.Line += 17
	moved.Pos.Column = 9
	moved.Steps = nil
	if got := Fingerprint(moved, root); got != fp {
		t.Errorf("moving the finding changed its fingerprint: %s -> %s", fp, got)
	}
	// Another checkout of the same repository.
	other := t.TempDir()
	rel, _ := filepath.Rel(root, f.Pos.File)
	elsewhere := f
	elsewhere.Pos.File = filepath.Join(other, rel)
	if got := Fingerprint(elsewhere, other); got != fp {
		t.Errorf("another checkout root changed the fingerprint: %s -> %s", fp, got)
	}
}

func TestFingerprintDistinguishes(t *testing.T) {
	root, fs := fixture(t)
	f := fs[1]
	fp := Fingerprint(f, root)
	for name, change := range map[string]func(*Finding){
		"code":    func(g *Finding) { g.Code = "PHI1002" },
		"message": func(g *Finding) { g.Message += "!" },
		"func":    func(g *Finding) { g.Func = "(*Ward).Discharge" },
		"file":    func(g *Finding) { g.Pos.File = filepath.Join(root, "ward", "discharge.go") },
		// Field boundaries matter: moving text from Func to Message is a different finding.
		"boundary": func(g *Finding) { g.Message = "t" + g.Message; g.Func = g.Func[:len(g.Func)-1] },
	} {
		g := f
		change(&g)
		if Fingerprint(g, root) == fp {
			t.Errorf("changing the %s did not change the fingerprint", name)
		}
	}
}

func TestFingerprintSuffixes(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a.go")
	mk := func(line int) Finding {
		return Finding{Code: "PHI1001", Message: "m", Pos: Position{file, line, 1}, Func: "F"}
	}
	fs := []Finding{mk(30), mk(10), mk(20)}
	p := newPaths(Options{Root: root})
	base := Fingerprint(mk(1), root)
	got := uniqueFingerprints(sorted(fs), p)
	want := []string{base, base + ":2", base + ":3"}
	if len(got) != 3 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("uniqueFingerprints = %v, want %v", got, want)
	}
	// The same assignment in every writer, by line order, whatever the input order.
	raw := write(t, func(b *bytes.Buffer) error { return SARIF(b, fs, Options{Root: root}) })
	v := decode(t, raw)
	for i, w := range want {
		if line := str(t, v, "runs", 0, "results", i, "locations", 0, "physicalLocation", "region", "startLine"); line != []string{"10", "20", "30"}[i] {
			t.Errorf("result %d at line %s", i, line)
		}
		if g := str(t, v, "runs", 0, "results", i, "partialFingerprints", FingerprintKey); g != w {
			t.Errorf("result %d fingerprint %q, want %q", i, g, w)
		}
	}
}
