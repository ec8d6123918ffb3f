package gen

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	a, sa, err := Files(Options{Lines: 12000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, sb, err := Files(Options{Lines: 12000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("same seed: %d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("same seed: %s differs between two runs", a[i].Path)
		}
	}
	if sa.Lines != sb.Lines || sa.Funcs != sb.Funcs {
		t.Errorf("same seed: stats differ: %+v, %+v", sa, sb)
	}
	c, _, err := Files(Options{Lines: 12000, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	same := len(a) == len(c)
	for i := 0; same && i < len(a); i++ {
		same = a[i].Path == c[i].Path && bytes.Equal(a[i].Data, c[i].Data)
	}
	if same {
		t.Errorf("seeds 7 and 8 generated the same module")
	}
}

// TestSize: the line count follows the requested size, and the marked
// leaks are counted.
func TestSize(t *testing.T) {
	for _, lines := range []int{10000, 50000} {
		files, st, err := Files(Options{Lines: lines, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		leaks := 0
		for _, f := range files {
			if strings.HasSuffix(f.Path, ".go") {
				got += bytes.Count(f.Data, []byte("\n"))
				leaks += bytes.Count(f.Data, []byte("// leak: PHI"))
			}
		}
		if got != st.Lines {
			t.Errorf("%d: Stats.Lines = %d, files have %d", lines, st.Lines, got)
		}
		if got < lines*8/10 || got > lines*12/10 {
			t.Errorf("asked for %d lines, got %d", lines, got)
		}
		n := 0
		for _, c := range st.Leaks {
			n += c
		}
		if n != leaks || n == 0 {
			t.Errorf("%d: Stats.Leaks count %d, files mark %d", lines, n, leaks)
		}
		if st.Guarded < 5*n {
			t.Errorf("%d: %d guarded flows for %d leaks; want many more guarded than leaking", lines, st.Guarded, n)
		}
	}
}

// TestBuilds: a generated 10k-line module builds and passes go vet.
func TestBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a generated module; skipped in -short mode")
	}
	dir := t.TempDir()
	st, err := Generate(Options{Dir: dir, Lines: 10000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", st)
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s in the generated module: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatal(err)
	}
}

func TestNotEmpty(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(Options{Dir: dir, Lines: 100}); err == nil {
		t.Errorf("Generate into a non-empty directory: no error")
	}
}
