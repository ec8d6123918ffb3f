package output

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRelativeURIsAreEscaped(t *testing.T) {
	root := t.TempDir()
	p := newPaths(Options{Root: root})
	for rel, want := range map[string]string{
		"ward/admit.go":         "ward/admit.go",
		"my dir/a b.go":         "my%20dir/a%20b.go",
		"x/#1/100%.go":          "x/%231/100%25.go",
		"c:d/e.go":              "./c:d/e.go",
		"deep/er/still/file.go": "deep/er/still/file.go",
	} {
		got, ok := p.repoRel(filepath.Join(root, filepath.FromSlash(rel)))
		if !ok || got != rel {
			t.Errorf("repoRel(%s) = %q, %v", rel, got, ok)
		}
		if u := relURI(got); u != want {
			t.Errorf("relURI(%q) = %q, want %q", got, u, want)
		}
	}
	for _, file := range []string{filepath.Dir(root), root, root + "x/a.go", filepath.Join(root, "..", "b.go")} {
		if rel, ok := p.repoRel(file); ok {
			t.Errorf("repoRel(%s) = %q, want outside", file, rel)
		}
	}
	if got, want := fileURI("/srv/my repo", true), "file:///srv/my%20repo/"; got != want {
		t.Errorf("fileURI = %q, want %q", got, want)
	}
}

// The root as git reports it is symlink-free; go list reports files under
// the directory the user named. Both must give the same relative path.
func TestSymlinkedRoot(t *testing.T) {
	real := t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	if err := os.MkdirAll(filepath.Join(real, "pkg"), 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(real, "pkg", "a.go")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	viaLink := filepath.Join(link, "pkg", "a.go")
	for _, c := range []struct{ root, file string }{{real, viaLink}, {link, file}, {link, viaLink}} {
		rel, ok := newPaths(Options{Root: c.root}).repoRel(c.file)
		if !ok || rel != "pkg/a.go" {
			t.Errorf("root %s, file %s: repoRel = %q, %v", c.root, c.file, rel, ok)
		}
	}
	f := Finding{Code: "PHI1001", Message: "m", Pos: Position{File: viaLink, Line: 1}}
	g := f
	g.Pos.File = file
	if Fingerprint(f, real) != Fingerprint(g, link) {
		t.Error("fingerprint depends on which side of the symlink the paths are")
	}
}
