package plugin_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/plugin"

	"github.com/phivet/phivet/internal/e2e"
)

// exampleConfig is the example service's phivet.yaml, which the tests use
// as the plugin's settings block.
const exampleConfig = "../testdata/examplesvc/phivet.yaml"

// restoreFlags puts the analyzers' flags back as they were when the test
// ends: the plugin configures the analyzers through them.
func restoreFlags(t *testing.T) {
	t.Helper()
	type saved struct {
		a    *analysis.Analyzer
		name string
		val  string
	}
	var all []saved
	for _, a := range plugin.Reporter.Requires {
		a.Flags.VisitAll(func(f *flag.Flag) { all = append(all, saved{a, f.Name, f.Value.String()}) })
	}
	t.Cleanup(func() {
		for _, s := range all {
			if err := s.a.Flags.Set(s.name, s.val); err != nil {
				t.Errorf("restoring -%s.%s: %v", s.a.Name, s.name, err)
			}
		}
	})
}

// settingsOf reads YAML the way golangci-lint hands a settings block to a
// plugin: as a map[string]any.
func settingsOf(t *testing.T, src string) any {
	t.Helper()
	var m map[string]any
	if err := yaml.Unmarshal([]byte(src), &m); err != nil {
		t.Fatal(err)
	}
	if m == nil {
		return nil
	}
	return m
}

// build constructs the plugin from settings and builds its analyzers, and
// returns what it set: the configuration, the codes and tests.
func build(t *testing.T, settings any) (*config.Config, string, string) {
	t.Helper()
	p, err := plugin.New(settings)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(as) != 1 || as[0] != plugin.Reporter {
		t.Fatalf("BuildAnalyzers returned %v, want the reporter", as)
	}
	if mode := p.GetLoadMode(); mode != "typesinfo" {
		t.Errorf("GetLoadMode() = %q, want typesinfo", mode)
	}
	cfg, err := config.Decode(phidirective.Analyzer.Flags.Lookup(phidirective.ConfigFlag).Value.String())
	if err != nil {
		t.Fatal(err)
	}
	tests := phiflow.Analyzer.Flags.Lookup(phiflow.TestsFlag).Value.String()
	if d := phidiscover.Analyzer.Flags.Lookup(phidiscover.TestsFlag).Value.String(); d != tests {
		t.Errorf("-phiflow.tests=%s but -phidiscover.tests=%s", tests, d)
	}
	return cfg, phidirective.Analyzer.Flags.Lookup(phidirective.CodesFlag).Value.String(), tests
}

// plain is c's JSON without file names and line numbers, which differ
// between a file and a settings block that say the same.
func plain(t *testing.T, c *config.Config) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(c.Encode()), &v); err != nil {
		t.Fatal(err)
	}
	var strip func(v any) any
	strip = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			delete(v, "file")
			delete(v, "line")
			for k, e := range v {
				v[k] = strip(e)
			}
		case []any:
			for i, e := range v {
				v[i] = strip(e)
			}
		}
		return v
	}
	return strip(v)
}

func TestSettingsAreThePhivetYAMLSchema(t *testing.T) {
	restoreFlags(t)
	data, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	want, err := config.Load(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	got, codes, tests := build(t, settingsOf(t, string(data)))
	if !reflect.DeepEqual(plain(t, got), plain(t, want)) {
		t.Errorf("settings block gave\n%s\nphivet.yaml gives\n%s", got.Encode(), want.Encode())
	}
	if codes != "all" || tests != "false" {
		t.Errorf("codes, tests = %q, %q; want the defaults all, false", codes, tests)
	}
}

func TestNoSettings(t *testing.T) {
	restoreFlags(t)
	for _, s := range []any{nil, map[string]any{}} {
		got, codes, tests := build(t, s)
		if !reflect.DeepEqual(plain(t, got), plain(t, config.Default())) || codes != "all" || tests != "false" {
			t.Errorf("New(%#v): config %s, codes %q, tests %q; want the defaults", s, got.Encode(), codes, tests)
		}
	}
}

func TestCodesAndTests(t *testing.T) {
	restoreFlags(t)
	_, codes, tests := build(t, settingsOf(t, "codes: all,-PHI3001\ntests: true\npolicy: strict\n"))
	if codes != "all,-PHI3001" || tests != "true" {
		t.Errorf("codes, tests = %q, %q; want all,-PHI3001, true", codes, tests)
	}
}

// The packs: block reaches the analyzers like the rest of the schema.
func TestPacksSetting(t *testing.T) {
	restoreFlags(t)
	got, _, _ := build(t, settingsOf(t, "packs:\n  fhir: strict\n  dicom: off\n"))
	if got.PackProfile("fhir") != config.PackStrict || got.PackProfile("dicom") != config.PackOff || got.PackProfile("hl7v2") != config.PackPatient {
		t.Errorf("packs: {fhir: strict, dicom: off} gave the analyzers %s", got.Encode())
	}
}

// golangci-lint may construct the plugin more than once; each build sets
// every flag, so the last settings built are the ones in force.
func TestBuiltTwice(t *testing.T) {
	restoreFlags(t)
	strict, _, _ := build(t, settingsOf(t, "policy: strict\ncodes: PHI1*\ntests: true\n"))
	got, codes, tests := build(t, nil)
	if !reflect.DeepEqual(plain(t, got), plain(t, config.Default())) || codes != "all" || tests != "false" {
		t.Errorf("after building with other settings, the defaults were not restored: config %s, codes %q, tests %q", got.Encode(), codes, tests)
	}
	if reflect.DeepEqual(plain(t, strict), plain(t, got)) {
		t.Error("policy: strict made no difference")
	}
}

func TestSettingsErrors(t *testing.T) {
	restoreFlags(t)
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{settingsOf(t, "sourcs:\n  - field: example.com/m.P.Name\n    class: direct\n"), "sourcs: unknown key"},
		{settingsOf(t, "sources:\n  - field: example.com/m.P.Name\n    cls: direct\n"), "sources[0].cls: unknown key"},
		{settingsOf(t, "sources:\n  - field: example.com/m.P.Name\n    class: secret\n"), "sources[0].class"},
		{settingsOf(t, "sinks:\n  - func: example.com/n.Send\n    kind: logg\n"), "sinks[0].kind"},
		{settingsOf(t, "checks:\n  - func: example.com/store.Store.Get\n"), "checks[0].func"},
		{settingsOf(t, "policy:\n  log: never\n"), "policy.log"},
		{settingsOf(t, "packs:\n  fhir: everything\n"), "packs.fhir: unknown pack profile"},
		{settingsOf(t, "packs:\n  hl7: off\n"), "packs.hl7: unknown key"},
		{settingsOf(t, "codes: PHI9999\n"), "codes: \"PHI9999\" matches no code"},
		{settingsOf(t, "codes: [PHI1001]\n"), "codes: want a string"},
		{settingsOf(t, "tests: maybe\n"), "tests: want true or false"},
		{"sources", "want a mapping"},
	} {
		_, err := plugin.New(tc.settings)
		if err == nil {
			t.Errorf("New(%v) succeeded, want an error containing %q", tc.settings, tc.want)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, plugin.SettingsName+": ") || !strings.Contains(msg, tc.want) {
			t.Errorf("New(%v) = %q, want %q: ... %q ...", tc.settings, msg, plugin.SettingsName, tc.want)
		}
		// Line numbers would be those of the re-encoded YAML, not the
		// user's file.
		if regexp.MustCompile(`settings:\d`).MatchString(msg) {
			t.Errorf("New(%v) = %q names a line", tc.settings, msg)
		}
	}
}

func TestReporterIsValid(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{plugin.Reporter}); err != nil {
		t.Fatal(err)
	}
	if plugin.Reporter.Name != plugin.Name {
		t.Errorf("reporter named %q, want the linter's name %q (golangci-lint prefixes other names to messages)", plugin.Reporter.Name, plugin.Name)
	}
}

// The reporter must run every phivet analyzer: each package under
// analyzers/ that declares an Analyzer, and each must hand its diagnostics
// on through its result's Reported method, or golangci-lint never shows
// them.
func TestReporterRunsEverything(t *testing.T) {
	have := map[string]*analysis.Analyzer{}
	for _, a := range plugin.Reporter.Requires {
		have[a.Name] = a
		res := a.ResultType
		if res == nil || !res.Implements(reflect.TypeFor[interface{ Reported() []analysis.Diagnostic }]()) {
			t.Errorf("%s's result type %v has no Reported() []analysis.Diagnostic method: the plugin cannot show its diagnostics", a.Name, res)
		}
	}
	files, err := filepath.Glob(filepath.Join("..", "analyzers", "*", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	decl := regexp.MustCompile(`(?m)^var Analyzer = &analysis\.Analyzer\{\s*Name:\s*"([^"]+)"`)
	found := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range decl.FindAllSubmatch(data, -1) {
			found++
			if have[string(m[1])] == nil {
				t.Errorf("%s declares analyzer %s, which the plugin does not run", f, m[1])
			}
		}
	}
	if found != len(have) {
		t.Errorf("found %d analyzers under analyzers/, the plugin runs %d", found, len(have))
	}
}

// docBlock returns the YAML code block of docs/golangci-lint.md that
// contains marker.
func docBlock(t *testing.T, marker string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "docs", "golangci-lint.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(data), -1) {
		if strings.Contains(m[1], marker) {
			return m[1]
		}
	}
	t.Fatalf("docs/golangci-lint.md has no yaml block with %q", marker)
	return ""
}

// The documented .custom-gcl.yml names the golangci-lint release the
// tests build and this package.
func TestDocumentedCustomGCL(t *testing.T) {
	var custom struct {
		Version string
		Plugins []struct{ Module, Import, Version, Path string }
	}
	if err := yaml.Unmarshal([]byte(docBlock(t, "plugins:")), &custom); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join("testdata", "gcl", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`github.com/golangci/golangci-lint/v2 (v\S+)`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("testdata/gcl/go.mod requires no golangci-lint")
	}
	if custom.Version != string(m[1]) {
		t.Errorf(".custom-gcl.yml builds golangci-lint %s, the tests %s", custom.Version, m[1])
	}
	pkg := reflect.TypeFor[plugin.Plugin]().PkgPath()
	if len(custom.Plugins) != 1 || custom.Plugins[0].Module != "github.com/phivet/phivet" ||
		custom.Plugins[0].Import != pkg || custom.Plugins[0].Version == "" {
		t.Errorf(".custom-gcl.yml plugins = %+v, want module github.com/phivet/phivet, import %s and a version", custom.Plugins, pkg)
	}
}

// --- golangci-lint end to end ---

// finding is a golangci-lint issue, reduced to what the tests compare.
type finding struct {
	File string
	Line int
	Code string
}

func (f finding) String() string { return fmt.Sprintf("%s:%d: %s", f.File, f.Line, f.Code) }

var (
	leakRE = regexp.MustCompile(`// leak: (PHI\d{4}(?: PHI\d{4})*)`)
	codeRE = regexp.MustCompile(`\((PHI\d{4})\)$`)
)

// leaks reads the `// leak: CODE...` comments of the Go files under dir.
func leaks(t *testing.T, dir string) []finding {
	t.Helper()
	var out []finding
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, line := range strings.Split(string(data), "\n") {
			if m := leakRE.FindStringSubmatch(line); m != nil {
				for _, c := range strings.Fields(m[1]) {
					out = append(out, finding{filepath.ToSlash(rel), i + 1, c})
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sortFindings(out)
	return out
}

func sortFindings(fs []finding) {
	sort.Slice(fs, func(i, j int) bool { return fs[i].String() < fs[j].String() })
}

func without(fs []finding, drop func(finding) bool) []finding {
	var out []finding
	for _, f := range fs {
		if !drop(f) {
			out = append(out, f)
		}
	}
	return out
}

// gcl is a golangci-lint with the phivet plugin, built from the module
// proxy by buildGCL.
type gcl struct {
	bin   string
	cache string // GOLANGCI_LINT_CACHE, one for the whole test
}

// buildGCL builds testdata/gcl, the main that `golangci-lint custom` would
// generate, once per test run. The committed go.mod and go.sum are copied
// and used with -modfile so that a dependency phivet adds later is
// resolved from the module proxy without touching the committed files.
func buildGCL(t *testing.T) *gcl {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command in PATH")
	}
	src, err := filepath.Abs(filepath.Join("testdata", "gcl"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(tmp, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(tmp, "custom-gcl")
	start := time.Now()
	res := run(t, src, nil, goBin, "build", "-modfile="+filepath.Join(tmp, "go.mod"), "-mod=mod", "-buildvcs=false", "-o", bin, ".")
	if res.Code != 0 {
		t.Fatalf("building golangci-lint with the plugin: %s", res)
	}
	t.Logf("built golangci-lint v2.15.0 with the phivet plugin in %s", time.Since(start).Round(time.Second))
	return &gcl{bin: bin, cache: filepath.Join(tmp, "cache")}
}

type result = e2e.Result

func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	return e2e.Run(t, 12*time.Minute, dir, env, name, args...)
}

// lint runs golangci-lint in dir and returns its phivet findings; an
// issue of another linter fails the test.
func (g *gcl) lint(t *testing.T, dir string) []finding {
	t.Helper()
	fs, others := g.lintAll(t, dir)
	for _, o := range others {
		t.Errorf("an issue from another linter: %s", o)
	}
	return fs
}

// lintAll runs golangci-lint in dir and returns its phivet findings and
// the other linters' issues.
func (g *gcl) lintAll(t *testing.T, dir string) (fs []finding, others []string) {
	t.Helper()
	res := g.run(t, dir)
	if res.Code != 0 && res.Code != 1 {
		t.Fatalf("golangci-lint run: %s", res)
	}
	var out struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename string
				Line     int
			}
		}
	}
	if err := json.Unmarshal([]byte(res.Stdout), &out); err != nil {
		t.Fatalf("golangci-lint's JSON: %v\n%s", err, res)
	}
	for _, is := range out.Issues {
		if is.FromLinter != plugin.Name {
			others = append(others, fmt.Sprintf("%s:%d: %s (%s)", is.Pos.Filename, is.Pos.Line, is.Text, is.FromLinter))
			continue
		}
		m := codeRE.FindStringSubmatch(is.Text)
		if m == nil {
			t.Errorf("%s:%d: an issue without a code: %s", is.Pos.Filename, is.Pos.Line, is.Text)
			continue
		}
		fs = append(fs, finding{filepath.ToSlash(is.Pos.Filename), is.Pos.Line, m[1]})
	}
	sortFindings(fs)
	return fs, others
}

func (g *gcl) run(t *testing.T, dir string) result {
	t.Helper()
	return run(t, dir, []string{"GOLANGCI_LINT_CACHE=" + g.cache}, g.bin,
		"run", "--output.json.path=stdout", "--show-stats=false", "./...")
}

// writeConfig writes dir/.golangci.yml enabling only phivet, with settings
// (YAML in phivet.yaml's schema) as its settings block.
func writeConfig(t *testing.T, dir, settings string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`version: "2"
linters:
  default: none
  enable: [phivet]
  settings:
    custom:
      phivet:
        type: module
        description: identifiable patient data logged, exported or transmitted unguarded
        settings:
`)
	for _, line := range strings.Split(strings.TrimRight(settings, "\n"), "\n") {
		b.WriteString("          " + line + "\n")
	}
	e2e.WriteFile(t, filepath.Join(dir, ".golangci.yml"), b.String())
}

// copyExample copies the example service into a fresh directory, without
// its phivet.yaml: under golangci-lint the settings block is the
// configuration.
func copyExample(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("..", "testdata", "examplesvc"))
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "examplesvc")
	e2e.CopyTree(t, src, dst)
	if err := os.Remove(filepath.Join(dst, config.FileName)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func same(t *testing.T, what string, got, want []finding) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: golangci-lint reported\n\t%v\nwant\n\t%v", what, got, want)
	}
}

// TestGolangciLint builds golangci-lint v2.15.0 with the plugin, as
// golangci-lint custom would, and runs it on the example service.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint; skipped in -short mode")
	}
	g := buildGCL(t)
	dir := copyExample(t)
	yamlData, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	settings := string(yamlData)
	want := leaks(t, dir)
	if len(want) == 0 {
		t.Fatal("the example service has no // leak: comments")
	}

	t.Run("findings", func(t *testing.T) {
		writeConfig(t, dir, settings)
		same(t, "first run", g.lint(t, dir), want)
		same(t, "second run, from golangci-lint's cache", g.lint(t, dir), want)
	})

	// golangci-lint's cache is keyed on its configuration's linter
	// settings: each change of the settings block must change the result,
	// and going back must give the first result again.
	t.Run("changed settings", func(t *testing.T) {
		writeConfig(t, dir, settings+"codes: all,-PHI2001\n")
		same(t, "codes: all,-PHI2001", g.lint(t, dir), without(want, func(f finding) bool { return f.Code == "PHI2001" }))

		allowLog := strings.Replace(settings, "  log: any", "  log: allow", 1)
		if allowLog == settings {
			t.Fatal("the example's phivet.yaml no longer says `log: any`")
		}
		writeConfig(t, dir, allowLog)
		same(t, "policy log: allow", g.lint(t, dir), without(want, func(f finding) bool { return f.Code == "PHI1001" }))

		// Without the sink entry, the SMS gateway is no sink.
		noSink := strings.Replace(settings, "  - func: (*example.com/clinic/notify.Gateway).SendSMS\n    kind: transmit\n", "", 1)
		if noSink == settings {
			t.Fatal("the example's phivet.yaml no longer declares SendSMS a sink")
		}
		writeConfig(t, dir, noSink)
		same(t, "without the SendSMS sink", g.lint(t, dir), without(want, func(f finding) bool {
			return f.File == "notify/notify.go" && f.Code == "PHI1003"
		}))

		writeConfig(t, dir, settings)
		same(t, "the first settings again", g.lint(t, dir), want)
	})

	t.Run("tests setting", func(t *testing.T) {
		dir := copyExample(t)
		e2e.WriteFile(t, filepath.Join(dir, "store", "leak_test.go"), `package store_test

import (
	"log"
	"testing"

	"example.com/clinic/model"
)

func TestLog(t *testing.T) {
	p := model.Patient{Name: "Test Patient"}
	log.Print(p.Name)
}
`)
		writeConfig(t, dir, settings)
		same(t, "tests: false (the default)", g.lint(t, dir), want)
		writeConfig(t, dir, settings+"tests: true\n")
		withTest := append(append([]finding(nil), want...), finding{"store/leak_test.go", 12, "PHI1001"})
		sortFindings(withTest)
		same(t, "tests: true", g.lint(t, dir), withTest)
	})

	t.Run("nolint", func(t *testing.T) {
		dir := copyExample(t)
		writeConfig(t, dir, settings)
		// Silence the first finding with //nolint:phivet on its line.
		first := want[0]
		path := filepath.Join(dir, filepath.FromSlash(first.File))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		lines[first.Line-1] = strings.Replace(lines[first.Line-1], "// leak:", "//nolint:phivet // test: ", 1)
		e2e.WriteFile(t, path, strings.Join(lines, "\n"))
		same(t, "//nolint:phivet on "+first.String(), g.lint(t, dir), want[1:])
	})

	t.Run("directive", func(t *testing.T) {
		dir := copyExample(t)
		writeConfig(t, dir, settings)
		e2e.WriteFile(t, filepath.Join(dir, "model", "bad.go"), "package model\n\n//phi:sourse direct\ntype Extra string\n")
		withBad := append(append([]finding(nil), want...), finding{"model/bad.go", 3, "PHI2002"})
		sortFindings(withBad)
		same(t, "a malformed directive", g.lint(t, dir), withBad)
	})

	// The .golangci.yml of docs/golangci-lint.md, as written there, on the
	// example service it describes (with golangci-lint's standard linters,
	// whose issues are not counted here).
	t.Run("docs example", func(t *testing.T) {
		dir := copyExample(t)
		e2e.WriteFile(t, filepath.Join(dir, ".golangci.yml"), docBlock(t, "type: module"))
		got, _ := g.lintAll(t, dir)
		same(t, "the documented .golangci.yml", got, want)
	})

	t.Run("bad settings", func(t *testing.T) {
		writeConfig(t, dir, settings+"sourcs: []\n")
		res := g.run(t, dir)
		if res.Code == 0 || res.Code == 1 || !strings.Contains(res.Stderr, plugin.SettingsName+": sourcs: unknown key") {
			t.Errorf("an unknown key in the settings: want a configuration error naming it, got %s", res)
		}
	})
}
