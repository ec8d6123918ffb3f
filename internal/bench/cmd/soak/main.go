// Command soak runs phivet over the standard library, large public modules
// at pinned versions and a generated 1M-line corpus, and checks that it
// neither panics nor reports an internal error, and that every package
// loads and is analysed. `make soak` runs it through scripts/soak.sh.
//
// For each target it prints the number of packages (go list), the
// findings by code, the exit status, the wall time and peak RSS, and any
// error line phivet printed. It exits 1 when any target failed.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type module struct{ Path, Version, Pattern string }

var modules = []module{
	{"k8s.io/apimachinery", "v0.33.2", "k8s.io/apimachinery/..."},
	{"k8s.io/api", "v0.33.2", "k8s.io/api/..."},
	{"golang.org/x/tools", "v0.52.0", "golang.org/x/tools/..."},
	{"honnef.co/go/tools", "v0.8.2", "honnef.co/go/tools/..."},
}

func main() {
	work := flag.String("work", filepath.Join(os.TempDir(), "phivet-bench"), "work `directory` (shared with make bench)")
	phivet := flag.String("phivet", "bin/phivet", "the phivet `binary`")
	repo := flag.String("repo", ".", "the phivet repository (for the generator)")
	lines := flag.Int("lines", 1000000, "size of the generated corpus")
	timeout := flag.Duration("timeout", 60*time.Minute, "a target whose run takes longer fails")
	only := flag.String("targets", os.Getenv("SOAK_TARGETS"), "comma-separated subset of std, gen, and module paths (SOAK_TARGETS; default all)")
	flag.Parse()
	for _, p := range []*string{work, phivet, repo} {
		a, err := filepath.Abs(*p)
		check(err)
		*p = a
	}
	check(os.MkdirAll(*work, 0o755))
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "PHIVET_CACHE=off") // analyse every time
	want := func(name string) bool {
		return *only == "" || slices.Contains(strings.Split(*only, ","), name)
	}

	type target struct {
		name, dir string
		pattern   []string
	}
	var ts []target
	if want("std") {
		d := filepath.Join(*work, "std")
		check(os.MkdirAll(d, 0o755))
		ts = append(ts, target{"std", d, []string{"std"}})
	}
	for _, m := range modules {
		if want(m.Path) {
			ts = append(ts, target{m.Path + "@" + m.Version, fetch(*work, m, env), strings.Fields(m.Pattern)})
		}
	}
	if want("gen") {
		d := filepath.Join(*work, fmt.Sprintf("gen-%d", *lines))
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err != nil {
			os.RemoveAll(d)
			cmd := exec.Command("go", "run", "./internal/gen/cmd/phivet-gen", "-seed", "1", "-lines", strconv.Itoa(*lines), "-o", d)
			cmd.Dir, cmd.Env, cmd.Stderr = *repo, env, os.Stderr
			out, err := cmd.Output()
			check(err)
			check(os.WriteFile(filepath.Join(*work, fmt.Sprintf("gen-%d.json", *lines)), out, 0o644))
		}
		ts = append(ts, target{fmt.Sprintf("generated %d lines", *lines), d, []string{"./..."}})
	}

	failed := 0
	fmt.Printf("%-32s %8s %8s %6s %9s %9s  %s\n", "target", "packages", "findings", "exit", "wall", "peak RSS", "by code")
	for _, t := range ts {
		list := exec.Command("go", append([]string{"list", "-e", "-f", "{{.ImportPath}} {{if .Error}}ERROR{{end}}"}, t.pattern...)...)
		list.Dir, list.Env = t.dir, env
		out, err := list.Output()
		check(err)
		npkgs := strings.Count(string(out), "\n")

		cmd := exec.Command(*phivet, append([]string{"-f", "json"}, t.pattern...)...)
		cmd.Dir, cmd.Env = t.dir, env
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		start := time.Now()
		check(cmd.Start())
		timer := time.AfterFunc(*timeout, func() {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // best effort: the group may be gone
		})
		_ = cmd.Wait() // a findings exit status is expected; ProcessState is checked below
		timer.Stop()
		wall := time.Since(start)
		if wall >= *timeout {
			fmt.Fprintf(&stderr, "soak: timed out after %s\n", *timeout)
		}
		exit := cmd.ProcessState.ExitCode()
		var rss int64
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss
		}
		var rep struct {
			Findings []struct{ Code string }
		}
		byCode := map[string]int{}
		if err := json.Unmarshal([]byte(stdout.String()), &rep); err == nil {
			for _, f := range rep.Findings {
				byCode[f.Code]++
			}
		}
		var codes []string
		for c, n := range byCode {
			codes = append(codes, fmt.Sprintf("%s:%d", c, n))
		}
		slices.Sort(codes)
		fmt.Printf("%-32s %8d %8d %6d %9s %8dMB  %s\n", t.name, npkgs, len(rep.Findings), exit, wall.Round(100*time.Millisecond), rss/1024, strings.Join(codes, " "))
		var problems []string
		for _, l := range strings.Split(stderr.String(), "\n") {
			switch {
			case strings.TrimSpace(l) == "":
			case strings.Contains(l, "warning:"): // a configuration name that matches nothing
			default:
				problems = append(problems, l)
			}
		}
		if exit > 1 || exit < 0 || len(problems) > 0 || strings.Contains(stderr.String(), "panic") {
			failed++
			fmt.Printf("  FAILED: exit status %d; %d error lines on stderr:\n", exit, len(problems))
			for i, l := range problems {
				if i == 20 {
					fmt.Printf("    ... and %d more\n", len(problems)-20)
					break
				}
				fmt.Printf("    %s\n", l)
			}
			internal := strings.Count(stderr.String(), "internal error")
			fmt.Printf("  internal errors: %d, panics: %d\n", internal, strings.Count(stderr.String(), "panic"))
		}
	}
	if failed > 0 {
		fmt.Printf("soak: %d of %d targets failed\n", failed, len(ts))
		os.Exit(1)
	}
	fmt.Printf("soak: %d targets, no panics, no internal errors, every package analysed\n", len(ts))
}

func fetch(work string, m module, env []string) string {
	dir := filepath.Join(work, "mod-"+strings.NewReplacer("/", "_", ".", "_").Replace(m.Path)+"-"+m.Version)
	check(os.MkdirAll(dir, 0o755))
	gomod := fmt.Sprintf("module bench.invalid/m\n\ngo 1.26.0\n\nrequire %s %s\n", m.Path, m.Version)
	check(os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	for _, args := range [][]string{{"mod", "download", m.Path}, append([]string{"list", "-deps", "-e", "-f", "{{if .Error}}{{.ImportPath}}: {{.Error}}{{end}}"}, strings.Fields(m.Pattern)...)} {
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "soak: go %s: %v\n%s", strings.Join(args, " "), err, out)
			os.Exit(2)
		}
	}
	return dir
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(2)
	}
}
