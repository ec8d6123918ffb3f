package main_test

// Malformed inputs, end to end against the built binary: each case is
// testdata/malformed/base (a module whose package good has one known
// leak) with testdata/malformed/CASE laid over it, or with files the test
// writes. Every case must get a clear error (exit status 2 naming
// file:line) or a PHI2002 finding, and nothing may be lost silently: unless
// the configuration itself is broken (which stops the run before
// analysis, by the contract), good's finding is still reported, and every
// other expected finding (the `// leak:` comments and the case's own list)
// appears exactly. No case may panic or report an internal error.

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

func TestMalformedInputs(t *testing.T) {
	needBinary(t)
	type finding = key
	cases := []struct {
		name   string
		write  func(t *testing.T, dir string) // files written by the test, after the overlay
		exit   int
		stderr string // a regexp stderr must match; "" means stderr must be empty
		// configError: the run stops before analysis, so nothing is reported.
		configError bool
		extra       []finding // expected findings on lines a // leak: comment cannot mark
		needs       string    // a command the case needs, e.g. gcc
	}{
		// Configuration files.
		{name: "config-unknown-key", exit: 2, configError: true, stderr: `phivet\.yaml:3: (\S*\.)?colour:`},
		{name: "config-bad-class", exit: 2, configError: true, stderr: `phivet\.yaml:3: (\S*\.)?class:`},
		{name: "config-wrong-node-kind", exit: 2, configError: true, stderr: `phivet\.yaml:2: (\S*\.)?sources:`},
		{name: "config-bad-func-name", exit: 2, configError: true, stderr: `phivet\.yaml:2: (\S*\.)?func:`},
		{name: "config-binary-garbage", exit: 2, configError: true, stderr: `phivet\.yaml:\d+: `},
		{name: "config-empty", exit: 1},

		// Directives: PHI2002 on the directive's line, and the run goes on.
		{name: "directive-unknown-word", exit: 1, extra: []finding{{"dir/dir.go", 3, "PHI2002"}}},
		{name: "directive-bad-class", exit: 1, extra: []finding{{"dir/dir.go", 5, "PHI2002"}}},
		{name: "directive-extra-args", exit: 1, extra: []finding{{"dir/dir.go", 5, "PHI2002"}}},
		{name: "directive-ignore-without-reason", exit: 1, extra: []finding{{"dir/dir.go", 12, "PHI2002"}}},
		{name: "directive-wrong-declaration", exit: 1, extra: []finding{{"dir/dir.go", 5, "PHI2002"}, {"dir/dir.go", 10, "PHI2002"}}},

		// Packages that do not load: exit 2 naming the place, the rest analysed.
		{name: "type-error", exit: 2, stderr: `broken[/\\]broken\.go:6:\d+: .*cannot use`},
		{name: "syntax-error", exit: 2, stderr: `broken[/\\]broken\.go:6:\d+: .*expected`},
		{name: "import-cycle", exit: 2, stderr: `import cycle`},

		// Code that is fine but unusual.
		{name: "empty-package", exit: 1},
		{name: "test-only-package", exit: 1},
		{name: "generics", exit: 1},
		{name: "mutual-recursion", exit: 1},
		{name: "cgo", exit: 1, needs: "gcc"},
		{name: "huge-function", exit: 1, write: writeHugeFunction},
		{name: "deep-chain-mutual", exit: 1, write: writeDeepMutualChain},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.needs != "" {
				if _, err := exec.LookPath(c.needs); err != nil {
					t.Skipf("no %s", c.needs)
				}
			}
			dir := filepath.Join(t.TempDir(), "m")
			e2e.CopyTree(t, fixture(t, filepath.Join("malformed", "base")), dir)
			if c.write == nil {
				e2e.CopyTree(t, fixture(t, filepath.Join("malformed", c.name)), dir)
			} else {
				c.write(t, dir)
			}
			res := phivet(t, dir, "-f", "json", "./...")
			defer func() {
				if t.Failed() {
					t.Log(res)
				}
			}()
			if strings.Contains(res.Stderr, "panic") || strings.Contains(res.Stderr, "internal error") || strings.Contains(res.Stderr, "goroutine ") {
				t.Errorf("phivet panicked or failed internally")
			}
			if res.Code != c.exit {
				t.Errorf("exit status %d, want %d", res.Code, c.exit)
			}
			switch {
			case c.stderr == "" && res.Stderr != "":
				t.Errorf("want nothing on stderr")
			case c.stderr != "" && !regexp.MustCompile(c.stderr).MatchString(res.Stderr):
				t.Errorf("stderr does not match %q", c.stderr)
			}
			if c.configError {
				if strings.Contains(res.Stdout, "PHI") {
					t.Errorf("analysis ran despite the configuration error")
				}
				return
			}
			want := expectedLeaks(t, parseable(t, dir), false)
			for _, k := range c.extra {
				want[k] = true
			}
			goodLeak := key{"good/good.go", 15, "PHI1001"}
			if !want[goodLeak] {
				t.Fatalf("fixture: good's leak is not at %s", goodLeak)
			}
			got, messages := jsonKeys(dir, parseJSON(t, res))
			compare(t, want, got, messages)
		})
	}
}

// parseable returns a copy of dir without its Go files that do not parse,
// for expectedLeaks, which reads the // leak: comments of every file.
func parseable(t *testing.T, dir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "parseable")
	e2e.CopyTree(t, dir, out)
	err := filepath.WalkDir(out, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			if _, perr := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments); perr != nil {
				os.Remove(path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// writeHugeFunction writes a function of 2,000 statements (20,000 with
// PHIVET_HUGE=1) whose last one logs a value derived from a marked field.
//
// The size is kept down by default because phivet's loader asks go list
// for the export data of the packages it then type-checks from source, so
// the gc compiler compiles the huge function too, and its time grows about
// quadratically with the function's size (about 10s at 2,000 statements
// and 90s at 5,000 on the reference machine; 20,000 did not finish in 8
// minutes). See docs/performance.md.
func writeHugeFunction(t *testing.T, dir string) {
	n := 2000
	if os.Getenv("PHIVET_HUGE") != "" {
		n = 20000
	}
	var b strings.Builder
	b.WriteString("// Package huge has one enormous function, as generated code does.\npackage huge\n\nimport \"log\"\n\n")
	b.WriteString("// Rec is a record.\ntype Rec struct {\n\tID   int\n\tName string `phi:\"direct\"`\n}\n\n")
	b.WriteString("// Tally computes over the record for a long time.\nfunc Tally(r Rec) int {\n\tn0 := r.ID\n\ts := \"\"\n\tvar codes []string\n")
	for i := 1; i < n; i++ {
		if i%500 == 0 {
			fmt.Fprintf(&b, "\tif len(codes) > %d {\n\t\ts += r.Name + \" \"\n\t}\n", i)
			continue
		}
		fmt.Fprintf(&b, "\tcodes = append(codes, \"code-%d\")\n", i)
	}
	b.WriteString("\tlog.Println(len(codes), n0)\n")
	b.WriteString("\tlog.Println(s) // leak: PHI1001\n")
	b.WriteString("\treturn len(codes)\n}\n")
	if err := os.MkdirAll(filepath.Join(dir, "huge"), 0o755); err != nil {
		t.Fatal(err)
	}
	e2e.WriteFile(t, filepath.Join(dir, "huge", "huge.go"), b.String())
}

// writeDeepMutualChain writes 2000 functions that call each other in a
// chain that loops back on itself every 10 links, with the sink at the
// bottom.
func writeDeepMutualChain(t *testing.T, dir string) {
	const depth = 2000
	var b strings.Builder
	b.WriteString("package chain\n\nimport \"log\"\n\n// Rec is a record.\ntype Rec struct {\n\tName string `phi:\"direct\"`\n}\n\n")
	for i := 0; i < depth; i++ {
		back := i - i%10
		fmt.Fprintf(&b, "func f%d(n int, s string) {\n\tif n > 0 {\n\t\tf%d(n-1, s)\n\t\treturn\n\t}\n\tf%d(n, s)\n}\n", i, back, i+1)
	}
	fmt.Fprintf(&b, "func f%d(n int, s string) { log.Println(s) }\n\n", depth)
	b.WriteString("// Entry passes the name down the chain.\nfunc Entry(r Rec) { f0(0, r.Name) } // leak: PHI1001\n")
	if err := os.MkdirAll(filepath.Join(dir, "chain"), 0o755); err != nil {
		t.Fatal(err)
	}
	e2e.WriteFile(t, filepath.Join(dir, "chain", "chain.go"), b.String())
}
