// Command bench runs phivet side by side with go vet, staticcheck and the
// floor (phivet-floor: phivet's loader plus the SSA build, nothing else)
// on the standard library, generated corpora and large public modules,
// several times each, and prints median wall times, peak RSS and ratios.
// `make bench` runs it through scripts/bench.sh, which builds the tools.
//
// Timing: each run is a child process; wall time is measured around it
// and peak RSS is the ru_maxrss that wait4 returns (what /usr/bin/time
// prints as %M): the largest resident set of the process and of any
// descendant it waited for. For go vet that is the largest single process
// (the go command or one vet tool), not the sum of its parallel tools.
//
// Caches: every tool shares one GOCACHE, warmed by an untimed run, so the
// timed runs find the export data of compiled dependencies as a CI cache
// would. Analysis results are never reused: staticcheck gets a fresh
// STATICCHECK_CACHE for each run, and go vet (which caches its results in
// GOCACHE) gets a different -printf.funcs value each run, which changes its
// cache key without changing what it checks (for every package, the
// standard library's facts included: its cache cannot be bypassed for the
// target's packages alone), and phivet's run cache is off
// (PHIVET_CACHE=off).
// The cold run of phivet uses a fresh, empty GOCACHE and a fresh, empty
// run cache; the warm re-runs that follow use the run cache it filled
// (and the shared GOCACHE), as a CI job restoring both caches would.
//
// Runs are interleaved (tool A, B, C, D, then A, B, C, D again) so that
// noise from other load on the machine is spread over every tool.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// module is a public module measured at a pinned version.
type module struct {
	Path, Version, Pattern string
}

var defaultModules = []module{
	{"k8s.io/apimachinery", "v0.33.2", "k8s.io/apimachinery/..."},
	{"golang.org/x/tools", "v0.52.0", "golang.org/x/tools/..."},
}

// runTimeout bounds one run (-timeout).
var runTimeout = 30 * time.Minute

type tool struct {
	name string
	cmd  func(run int, t target) []string // argv
	env  func(run int) (env []string, cleanup func())
}

type target struct {
	name    string
	dir     string
	pattern []string
	lines   int      // generated corpora: Go lines
	config  []string // phivet's -config flag, for the real services
}

// realServices are the development set's largest services, measured with
// the configuration a user would write for each (issue 15's performance
// target): name, module root under the corpora directory.
var realServices = [][2]string{
	{"konsulin-api", "konsulin-api"},
	{"bcda-app", "bcda-app"},
	{"orca", "orca/orchestrator"},
}

type sample struct {
	Wall   time.Duration
	RSSKiB int64
	Exit   int
}

type measurement struct {
	Tool    string        `json:"tool"`
	Target  string        `json:"target"`
	Lines   int           `json:"lines,omitempty"`
	Samples []sample      `json:"samples"`
	Median  time.Duration `json:"median_ns"`
	Min     time.Duration `json:"min_ns"`
	Max     time.Duration `json:"max_ns"`
	RSSKiB  int64         `json:"peak_rss_kib"` // median of the runs' peaks
	Failed  string        `json:"failed,omitempty"`
}

func main() {
	work := flag.String("work", filepath.Join(os.TempDir(), "phivet-bench"), "work `directory` (corpora, module downloads, caches)")
	bin := flag.String("bin", "", "`directory` holding phivet, phivet-floor and staticcheck")
	runs := flag.Int("runs", envInt("BENCH_RUNS", 5), "timed runs per tool and target (BENCH_RUNS)")
	sizes := flag.String("sizes", envStr("BENCH_SIZES", "10k,100k"), "generated corpus sizes (BENCH_SIZES), e.g. 10k,100k,1M")
	targets := flag.String("targets", envStr("BENCH_TARGETS", "std,gen,modules"), "targets (BENCH_TARGETS): std, gen, modules, realcode")
	realcode := flag.String("realcode", envStr("BENCH_REALCODE", ""), "`directory` of the development set's clones laid out by clone.sh (BENCH_REALCODE), for the realcode target")
	realKeys := flag.String("realcode-keys", envStr("BENCH_REALCODE_KEYS", "../shared/realcode"), "`directory` of the development set's configurations (BENCH_REALCODE_KEYS), relative to -repo unless absolute")
	tools := flag.String("tools", envStr("BENCH_TOOLS", "phivet,floor,govet,staticcheck"), "tools (BENCH_TOOLS)")
	timeout := flag.Duration("timeout", envDur("BENCH_TIMEOUT", 30*time.Minute), "a run that takes longer is stopped and its tool marked failed on the target (BENCH_TIMEOUT)")
	cold := flag.Bool("cold", envStr("BENCH_COLD", "1") != "0", "also time one cold run of phivet with an empty GOCACHE (BENCH_COLD)")
	repo := flag.String("repo", ".", "the phivet repository (for the generator)")
	jsonOut := flag.String("json", "", "also write the measurements to this `file`")
	flag.Parse()
	runTimeout = *timeout
	if *bin == "" {
		fatalf("-bin is required")
	}
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			fatalf("%v", err)
		}
		return a
	}
	*work, *bin, *repo = abs(*work), abs(*bin), abs(*repo)
	must(os.MkdirAll(*work, 0o755))
	gocache := filepath.Join(*work, "gocache")
	baseEnv := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOCACHE="+gocache, "PHIVET_CACHE=off")

	var ts []target
	for _, t := range strings.Split(*targets, ",") {
		switch strings.TrimSpace(t) {
		case "std":
			d := filepath.Join(*work, "std")
			must(os.MkdirAll(d, 0o755))
			ts = append(ts, target{name: "std", dir: d, pattern: []string{"std"}})
		case "gen":
			for _, s := range strings.Split(*sizes, ",") {
				n := parseSize(s)
				d, lines := generate(*repo, *work, n, baseEnv)
				ts = append(ts, target{name: "gen-" + strings.TrimSpace(s), dir: d, pattern: []string{"./..."}, lines: lines})
			}
		case "modules":
			for _, m := range defaultModules {
				d := fetch(*work, m, baseEnv)
				ts = append(ts, target{name: m.Path + "@" + m.Version, dir: d, pattern: strings.Fields(m.Pattern)})
			}
		case "realcode":
			if *realcode == "" {
				fatalf("the realcode target needs -realcode (BENCH_REALCODE): the directory clone.sh laid the services out in")
			}
			keys := *realKeys
			if !filepath.IsAbs(keys) {
				keys = filepath.Join(*repo, keys)
			}
			for _, svc := range realServices {
				cfg := filepath.Join(keys, svc[0], "phivet.yaml")
				d := filepath.Join(abs(*realcode), svc[1])
				for _, p := range []string{cfg, filepath.Join(d, "go.mod")} {
					if _, err := os.Stat(p); err != nil {
						fatalf("realcode target %s: %v", svc[0], err)
					}
				}
				ts = append(ts, target{name: svc[0], dir: d, pattern: []string{"./..."}, config: []string{"-config", cfg}})
			}
		case "":
		default:
			fatalf("unknown target %q", t)
		}
	}

	all := map[string]tool{
		"phivet": {name: "phivet", cmd: func(_ int, t target) []string {
			return slices.Concat([]string{filepath.Join(*bin, "phivet")}, t.config, t.pattern)
		}},
		"floor": {name: "floor", cmd: func(_ int, t target) []string {
			return append([]string{filepath.Join(*bin, "phivet-floor")}, t.pattern...)
		}},
		"govet": {name: "go vet", cmd: func(run int, t target) []string {
			// A flag value never used before: a cache key of its own.
			return append([]string{"go", "vet", fmt.Sprintf("-printf.funcs=phivetBench%dR%dPrintf", time.Now().UnixNano(), run)}, t.pattern...)
		}},
		"staticcheck": {name: "staticcheck", cmd: func(_ int, t target) []string {
			return append([]string{filepath.Join(*bin, "staticcheck"), "-tests=false", "-checks=all"}, t.pattern...)
		}, env: func(run int) ([]string, func()) {
			d, err := os.MkdirTemp(*work, "sc-cache-")
			must(err)
			return []string{"STATICCHECK_CACHE=" + d}, func() { os.RemoveAll(d) }
		}},
	}
	var tl []tool
	for _, n := range strings.Split(*tools, ",") {
		t, ok := all[strings.TrimSpace(n)]
		if !ok {
			fatalf("unknown tool %q", n)
		}
		tl = append(tl, t)
	}

	fmt.Printf("phivet bench: %s, %d CPUs, GOMAXPROCS %d, %s; %d runs each\n", runtime.GOOS+"/"+runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), goVersion(), *runs)
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average at start: %s", load)
	}
	var results []*measurement
	for _, t := range ts {
		fmt.Printf("\n== %s (%s)\n", t.name, strings.Join(t.pattern, " "))
		var coldM, warmM *measurement
		if *cold && slices.ContainsFunc(tl, func(x tool) bool { return x.name == "phivet" }) {
			// Cold: an empty GOCACHE, so the export data of every
			// dependency is compiled first, and an empty run cache.
			d, err := os.MkdirTemp(*work, "gocache-cold-")
			must(err)
			rc, err := os.MkdirTemp(*work, "phivet-cache-")
			must(err)
			env := append(slices.Clone(baseEnv), "GOCACHE="+d, "PHIVET_CACHE="+rc)
			s := runOnce(t.dir, env, all["phivet"].cmd(0, t), io.Discard)
			os.RemoveAll(d)
			coldM = &measurement{Tool: "phivet (cold)", Target: t.name, Lines: t.lines, Samples: []sample{s}}
			finish(coldM)
			fmt.Printf("  phivet cold (empty GOCACHE and run cache): %s, %s\n", fmtDur(s.Wall), fmtKiB(s.RSSKiB))
			// Warm: the same code again, with the run cache the cold
			// run filled.
			warmM = &measurement{Tool: "phivet (warm)", Target: t.name, Lines: t.lines}
			env = append(slices.Clone(baseEnv), "PHIVET_CACHE="+rc)
			for range *runs {
				warmM.Samples = append(warmM.Samples, runOnce(t.dir, env, all["phivet"].cmd(0, t), io.Discard))
			}
			os.RemoveAll(rc)
			finish(warmM)
		}
		// Warm the shared GOCACHE (and check every tool runs).
		ms := map[string]*measurement{}
		for _, tool := range tl {
			m := &measurement{Tool: tool.name, Target: t.name, Lines: t.lines}
			ms[tool.name] = m
			env, cleanup := toolEnv(tool, -1, baseEnv)
			var errOut strings.Builder
			s := runOnce(t.dir, env, tool.cmd(-1, t), &errOut)
			cleanup()
			switch {
			case s.Exit == -2:
				m.Failed = fmt.Sprintf("timed out after %s", runTimeout)
				fmt.Printf("  %s: FAILED (%s)\n", tool.name, m.Failed)
			case s.Exit > 1 || s.Exit < 0:
				m.Failed = fmt.Sprintf("exit status %d: %s", s.Exit, lastLines(errOut.String(), 5))
				fmt.Printf("  %s: FAILED (%s)\n", tool.name, m.Failed)
			}
		}
		for run := 0; run < *runs; run++ {
			for _, tool := range tl {
				m := ms[tool.name]
				if m.Failed != "" {
					continue
				}
				env, cleanup := toolEnv(tool, run, baseEnv)
				s := runOnce(t.dir, env, tool.cmd(run, t), io.Discard)
				cleanup()
				if s.Exit == -2 {
					m.Failed = fmt.Sprintf("timed out after %s", runTimeout)
					continue
				}
				m.Samples = append(m.Samples, s)
			}
		}
		for _, tool := range tl {
			m := ms[tool.name]
			finish(m)
			results = append(results, m)
		}
		if coldM != nil {
			results = append(results, coldM, warmM)
		}
		printTarget(t, tl, ms, coldM, warmM)
	}
	printSummary(results, ts)
	if *jsonOut != "" {
		data, err := json.MarshalIndent(results, "", "  ")
		must(err)
		must(os.WriteFile(*jsonOut, data, 0o644))
	}
}

func toolEnv(t tool, run int, base []string) ([]string, func()) {
	if t.env == nil {
		return base, func() {}
	}
	extra, cleanup := t.env(run)
	return append(slices.Clone(base), extra...), cleanup
}

// runOnce runs argv in dir and measures it.
func runOnce(dir string, env, argv []string, stderr io.Writer) sample {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = dir, env
	// Its own process group, so that a timeout stops the go list and
	// compile processes a tool started, too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	timer := time.AfterFunc(runTimeout, func() {
		if cmd.Process != nil {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // best effort: the group may be gone
		}
	})
	defer timer.Stop()
	cmd.Stdout, cmd.Stderr = io.Discard, stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	s := sample{Wall: wall}
	if wall >= runTimeout {
		s.Exit = -2
		return s
	}
	if cmd.ProcessState != nil {
		s.Exit = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			s.RSSKiB = ru.Maxrss // KiB on Linux
		}
	} else if err != nil {
		s.Exit = -1
	}
	return s
}

func finish(m *measurement) {
	if len(m.Samples) == 0 {
		return
	}
	walls := make([]time.Duration, len(m.Samples))
	rss := make([]int64, len(m.Samples))
	for i, s := range m.Samples {
		walls[i], rss[i] = s.Wall, s.RSSKiB
	}
	slices.Sort(walls)
	slices.Sort(rss)
	m.Median, m.Min, m.Max = median(walls), walls[0], walls[len(walls)-1]
	m.RSSKiB = rss[len(rss)/2]
}

func median(ds []time.Duration) time.Duration {
	n := len(ds)
	if n%2 == 1 {
		return ds[n/2]
	}
	return (ds[n/2-1] + ds[n/2]) / 2
}

func printTarget(t target, tl []tool, ms map[string]*measurement, cold, warm *measurement) {
	fmt.Printf("  %-12s %10s %10s %10s %7s %10s", "tool", "median", "min", "max", "spread", "peak RSS")
	if t.lines > 0 {
		fmt.Printf(" %12s", "per 1k lines")
	}
	fmt.Println()
	for _, tool := range tl {
		m := ms[tool.name]
		if m.Failed != "" || len(m.Samples) == 0 {
			fmt.Printf("  %-12s failed: %s\n", tool.name, m.Failed)
			continue
		}
		spread := float64(m.Max-m.Min) / float64(m.Median) * 100
		fmt.Printf("  %-12s %10s %10s %10s %6.0f%% %10s", tool.name, fmtDur(m.Median), fmtDur(m.Min), fmtDur(m.Max), spread, fmtKiB(m.RSSKiB))
		if t.lines > 0 {
			fmt.Printf(" %12s", fmtDur(time.Duration(float64(m.Median)/float64(t.lines)*1000)))
		}
		fmt.Println()
	}
	p := ms["phivet"]
	if p == nil || p.Failed != "" || len(p.Samples) == 0 {
		return
	}
	for _, other := range []string{"staticcheck", "go vet", "floor"} {
		o := ms[other]
		if o == nil || o.Failed != "" || len(o.Samples) == 0 {
			continue
		}
		fmt.Printf("  phivet/%-11s wall %.2fx  peak RSS %.2fx\n", other, float64(p.Median)/float64(o.Median), float64(p.RSSKiB)/float64(o.RSSKiB))
	}
	if cold != nil && len(cold.Samples) > 0 && cold.Samples[0].Exit >= 0 && cold.Samples[0].Exit <= 1 && warm != nil && len(warm.Samples) > 0 {
		fmt.Printf("  phivet warm/cold: %s / %s = %.0f%% (warm: the run cache the cold run filled; without it, phivet above: %.0f%%)\n",
			fmtDur(warm.Median), fmtDur(cold.Median), float64(warm.Median)/float64(cold.Median)*100,
			float64(p.Median)/float64(cold.Median)*100)
	}
}

func printSummary(results []*measurement, ts []target) {
	var gens []target
	for _, t := range ts {
		if t.lines > 0 {
			gens = append(gens, t)
		}
	}
	if len(gens) < 2 {
		return
	}
	fmt.Printf("\n== growth on the generated corpora (median time per 1k lines)\n")
	fmt.Printf("  %-12s", "tool")
	for _, t := range gens {
		fmt.Printf(" %14s", t.name)
	}
	fmt.Println()
	seen := map[string]bool{}
	for _, r := range results {
		if seen[r.Tool] || r.Lines == 0 {
			continue
		}
		seen[r.Tool] = true
		fmt.Printf("  %-12s", r.Tool)
		for _, t := range gens {
			var m *measurement
			for _, x := range results {
				if x.Tool == r.Tool && x.Target == t.name {
					m = x
				}
			}
			if m == nil || len(m.Samples) == 0 {
				fmt.Printf(" %14s", "-")
				continue
			}
			fmt.Printf(" %14s", fmtDur(time.Duration(float64(m.Median)/float64(t.lines)*1000)))
		}
		fmt.Println()
	}
}

// generate writes (or reuses) the generated corpus of n lines.
func generate(repo, work string, n int, env []string) (string, int) {
	dir := filepath.Join(work, fmt.Sprintf("gen-%d", n))
	stats := filepath.Join(work, fmt.Sprintf("gen-%d.json", n))
	if data, err := os.ReadFile(stats); err == nil {
		var st struct{ Lines int }
		if json.Unmarshal(data, &st) == nil && st.Lines > 0 {
			return dir, st.Lines
		}
	}
	os.RemoveAll(dir)
	cmd := exec.Command("go", "run", "./internal/gen/cmd/phivet-gen", "-seed", "1", "-lines", strconv.Itoa(n), "-o", dir)
	cmd.Dir, cmd.Env, cmd.Stderr = repo, env, os.Stderr
	out, err := cmd.Output()
	if err != nil {
		fatalf("generating %d lines: %v", n, err)
	}
	var st struct{ Lines int }
	must(json.Unmarshal(out, &st))
	must(os.WriteFile(stats, out, 0o644))
	return dir, st.Lines
}

// fetch makes a module that requires m and downloads it through the
// module proxy.
func fetch(work string, m module, env []string) string {
	dir := filepath.Join(work, "mod-"+strings.NewReplacer("/", "_", ".", "_").Replace(m.Path)+"-"+m.Version)
	must(os.MkdirAll(dir, 0o755))
	gomod := fmt.Sprintf("module bench.invalid/m\n\ngo 1.26.0\n\nrequire %s %s\n", m.Path, m.Version)
	must(os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	// A blank import of the module's packages makes go mod tidy-free
	// resolution of their dependencies possible with -mod=mod.
	for _, args := range [][]string{{"mod", "download", m.Path}, {"list", "-deps", "-test=false", "-e", "-f", "{{if .Error}}{{.ImportPath}}: {{.Error}}{{end}}"}} {
		if args[0] == "list" {
			args = append(args, strings.Fields(m.Pattern)...)
		}
		cmd := exec.Command("go", args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
		}
	}
	return dir
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}

func parseSize(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	mult := 1
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1000, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "m"):
		mult, s = 1000000, strings.TrimSuffix(s, "m")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		fatalf("bad size %q", s)
	}
	return n * mult
}

func fmtDur(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d >= time.Second:
		return fmt.Sprintf("%.2fs", d.Seconds())
	}
	return fmt.Sprintf("%dms", d.Milliseconds())
}

func fmtKiB(k int64) string { return fmt.Sprintf("%dMB", k/1024) }

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}

func envStr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envDur(k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(k)); err == nil && d > 0 {
		return d
	}
	return def
}

func envInt(k string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil && v > 0 {
		return v
	}
	return def
}

func must(err error) {
	if err != nil {
		fatalf("%v", err)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(2)
}
