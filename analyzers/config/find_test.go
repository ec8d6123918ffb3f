package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "repo", "svc", "pkg")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	// A directory named phivet.yaml is not a configuration file.
	if err := os.Mkdir(filepath.Join(deep, FileName), 0o755); err != nil {
		t.Fatal(err)
	}

	if got, err := Find(deep); err != nil || got != "" {
		// A phivet.yaml above t.TempDir() would make this fail; none is expected.
		t.Fatalf("Find with no file = %q, %v; want \"\", nil", got, err)
	}

	want := filepath.Join(root, "repo", FileName)
	if err := os.WriteFile(want, []byte("policy: strict\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{deep, filepath.Join(root, "repo", "svc"), filepath.Join(root, "repo")} {
		if got, err := Find(dir); err != nil || got != want {
			t.Errorf("Find(%s) = %q, %v; want %q", dir, got, err, want)
		}
	}

	nearer := filepath.Join(root, "repo", "svc", FileName)
	if err := os.WriteFile(nearer, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := Find(deep); got != nearer {
		t.Errorf("Find(%s) = %q, want the nearer %q", deep, got, nearer)
	}
}

func TestFindRelative(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	got, err := Find(".")
	if err != nil || !filepath.IsAbs(got) || filepath.Base(got) != FileName {
		t.Errorf("Find(\".\") = %q, %v; want an absolute path to %s", got, err, FileName)
	}
}
