package main_test

// End-to-end tests of the built phivet binary, against the user contract
// (shared/spec/contract.md): exit codes, output formats, configuration
// errors, type errors, -tests, go vet -vettool and cached results.
//
// Expected findings are written in the analysed sources as trailing
// comments, `// leak: CODE [CODE...] [why]`, on the line where the contract
// says the finding is reported.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/packs"
	"github.com/phivet/phivet/docs"

	"github.com/phivet/phivet/internal/e2e"
)

var (
	phivetBin string // the binary under test, built by TestMain
	goBin     string // the go command
)

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run()) // every test skips itself
	}
	// The tests run phivet to analyse, not to replay its run cache
	// (cache_e2e_test.go tests that, with a cache of its own).
	os.Setenv("PHIVET_CACHE", "off")
	var err error
	if goBin, err = exec.LookPath("go"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: no go command in PATH:", err)
		os.Exit(1)
	}
	dir, err := os.MkdirTemp("", "phivet-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	phivetBin = filepath.Join(dir, "phivet")
	if runtime.GOOS == "windows" {
		phivetBin += ".exe"
	}
	build := exec.Command(goBin, "build", "-o", phivetBin, "github.com/phivet/phivet/cmd/phivet")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: building phivet: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// needBinary skips the test in -short mode.
func needBinary(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test of the built binary; skipped in -short mode")
	}
}

// result is what a command did.
type result = e2e.Result

// run runs name with args in dir, with env added to this process's
// environment, and returns what it printed and its exit status.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	return e2e.Run(t, 8*time.Minute, dir, env, name, args...)
}

// phivet runs the binary under test in dir.
func phivet(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return run(t, dir, nil, phivetBin, args...)
}

// fixture returns the absolute path of testdata/name.
func fixture(t *testing.T, name string) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// exampleService returns the absolute path of the example service,
// testdata/examplesvc at the repository root.
func exampleService(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "examplesvc"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// copyExample copies the example service into a fresh temporary
// directory and returns the copy's path, for tests that change files.
func copyExample(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "examplesvc")
	e2e.CopyTree(t, exampleService(t), dst)
	return dst
}

// copyFixture copies testdata/name into a fresh temporary directory and
// returns the copy's path, for tests that change files.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), name)
	e2e.CopyTree(t, fixture(t, name), dst)
	return dst
}

// key identifies a finding: a file relative to the analysed module's root,
// with forward slashes, a line and a code.
type key struct {
	File string
	Line int
	Code string
}

func (k key) String() string { return fmt.Sprintf("%s:%d: %s", k.File, k.Line, k.Code) }

var codeRE = regexp.MustCompile(`^PHI\d{4}$`)

// expectedLeaks gathers the `// leak: CODE...` comments of the Go files
// under dir (and of its _test.go files when tests is set).
func expectedLeaks(t *testing.T, dir string, tests bool) map[key]bool {
	t.Helper()
	want := map[key]bool{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && (d.Name() == "testdata" || d.Name() == "vendor" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || (!tests && strings.HasSuffix(path, "_test.go")) {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		lines := strings.Split(string(src), "\n")
		for _, group := range f.Comments {
			for _, c := range group.List {
				text := strings.TrimSpace(strings.TrimPrefix(c.Text, "//"))
				rest, ok := strings.CutPrefix(text, "leak:")
				if !ok {
					continue
				}
				pos := fset.Position(c.Slash)
				if strings.TrimSpace(lines[pos.Line-1][:pos.Column-1]) == "" {
					t.Errorf("%s:%d: a leak comment must trail the line where the finding is reported", rel, pos.Line)
				}
				n := 0
				for _, word := range strings.Fields(rest) {
					if !codeRE.MatchString(word) {
						break
					}
					want[key{filepath.ToSlash(rel), pos.Line, word}] = true
					n++
				}
				if n == 0 {
					t.Errorf("%s:%d: a leak comment names no code", rel, pos.Line)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}

// onlyLeak returns the single expected finding under dir and the column
// where its line's statement starts (the start of the reported call).
func onlyLeak(t *testing.T, dir string, tests bool) (key, int) {
	t.Helper()
	want := expectedLeaks(t, dir, tests)
	if len(want) != 1 {
		t.Fatalf("fixture %s: want exactly one leak comment, have %v", dir, want)
	}
	for k := range want {
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(k.File)))
		if err != nil {
			t.Fatal(err)
		}
		line := strings.Split(string(src), "\n")[k.Line-1]
		return k, len(line) - len(strings.TrimLeft(line, " \t")) + 1
	}
	panic("unreachable")
}

// relFile makes a reported file name relative to the module root dir. An
// absolute name is made relative to dir; a relative one may be relative to
// dir (text output is relative to the working directory) or to any parent of
// it (JSON and SARIF are relative to the repository root), so it is taken
// relative to the nearest directory from which it names a file under dir.
func relFile(dir, file string) string {
	file = strings.TrimPrefix(file, "file://")
	if !filepath.IsAbs(file) {
		file = filepath.FromSlash(file)
		for base := dir; ; base = filepath.Dir(base) {
			abs := filepath.Join(base, file)
			if rel, err := filepath.Rel(dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
				if _, err := os.Stat(abs); err == nil {
					return filepath.ToSlash(rel)
				}
			}
			if filepath.Dir(base) == base {
				return filepath.ToSlash(file)
			}
		}
	}
	bases := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		bases = append(bases, real)
	}
	for _, base := range bases {
		if rel, err := filepath.Rel(base, file); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

// compare reports findings that are missing from got and ones that are not
// in want; messages gives the message of each got finding.
func compare(t *testing.T, want, got map[key]bool, messages map[key]string) {
	t.Helper()
	var missing, unexpected []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k.String())
		}
	}
	for k := range got {
		if !want[k] {
			unexpected = append(unexpected, k.String()+": "+messages[k])
		}
	}
	sort.Strings(missing)
	sort.Strings(unexpected)
	if len(missing) > 0 {
		t.Errorf("%d expected findings not reported:\n\t%s", len(missing), strings.Join(missing, "\n\t"))
	}
	if len(unexpected) > 0 {
		t.Errorf("%d findings reported that no // leak: comment expects:\n\t%s", len(unexpected), strings.Join(unexpected, "\n\t"))
	}
}

// jsonReport is phivet's -f json output.
type jsonReport struct {
	Version  json.RawMessage `json:"version"`
	Findings []jsonFinding   `json:"findings"`
}

type jsonFinding struct {
	Code        string `json:"code"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	Message     string `json:"message"`
	Fingerprint string `json:"fingerprint"`
	Path        []any  `json:"path"`
}

func parseJSON(t *testing.T, res result) jsonReport {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal([]byte(res.Stdout), &rep); err != nil {
		t.Fatalf("-f json output is not a JSON report: %v\n%s", err, res)
	}
	return rep
}

// jsonKeys returns the findings of a JSON report, with file names relative
// to dir, and their messages.
func jsonKeys(dir string, rep jsonReport) (map[key]bool, map[key]string) {
	got, messages := map[key]bool{}, map[key]string{}
	for _, f := range rep.Findings {
		k := key{relFile(dir, f.File), f.Line, f.Code}
		got[k] = true
		messages[k] = f.Message
	}
	return got, messages
}

// findingsRun is a run of phivet -f json whose findings were checked.
type findingsRun struct {
	res      result
	rep      jsonReport
	messages map[key]string // each finding's message
}

// checkFindings runs phivet -f json args ./... in dir and checks that it
// exits with status 1 (findings) and reports exactly want.
func checkFindings(t *testing.T, dir string, want map[key]bool, args ...string) findingsRun {
	t.Helper()
	res := phivet(t, dir, append(append([]string{"-f", "json"}, args...), "./...")...)
	if res.Code != 1 {
		t.Errorf("exit status %d, want 1 (findings)\n%s", res.Code, res)
	}
	rep := parseJSON(t, res)
	got, messages := jsonKeys(dir, rep)
	compare(t, want, got, messages)
	return findingsRun{res, rep, messages}
}

// textLineRE is the text format: file:line:col: message (CODE).
var textLineRE = regexp.MustCompile(`^(.+):(\d+):(\d+): (.+) \((PHI\d{4})\)$`)

type textFinding struct {
	key
	Column  int
	Message string
}

// parseText parses text output; every non-empty line must be a finding.
func parseText(t *testing.T, dir, out string) []textFinding {
	t.Helper()
	var found []textFinding
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			continue
		}
		m := textLineRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("text output line is not file:line:col: message (CODE): %q", line)
			continue
		}
		ln, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		found = append(found, textFinding{key{relFile(dir, m[1]), ln, m[5]}, col, m[4]})
	}
	return found
}

// TestExampleService runs phivet on testdata/examplesvc and compares its
// findings with the example's // leak: comments.
func TestExampleService(t *testing.T) {
	needBinary(t)
	dir := exampleService(t)
	want := expectedLeaks(t, dir, false)
	if len(want) == 0 {
		t.Fatal("the example service has no // leak: comments")
	}
	// Every name in the example's phivet.yaml matches something, so
	// there is no warning either.
	if res := checkFindings(t, dir, want).res; res.Code == 1 && res.Stderr != "" {
		t.Errorf("want nothing on stderr, got:\n%s", res.Stderr)
	}
}

func TestExitCodes(t *testing.T) {
	needBinary(t)
	t.Run("clean", func(t *testing.T) {
		res := phivet(t, fixture(t, "clean"), "./...")
		if res.Code != 0 || res.Stdout != "" || res.Stderr != "" {
			t.Errorf("want exit status 0 and no output, got %s", res)
		}
	})
	t.Run("leak", func(t *testing.T) {
		if res := phivet(t, fixture(t, "leaky"), "./..."); res.Code != 1 {
			t.Errorf("want exit status 1, got %s", res)
		}
	})
	t.Run("bad format", func(t *testing.T) {
		res := phivet(t, fixture(t, "leaky"), "-f", "bogus", "./...")
		if res.Code != 2 || res.Stderr == "" {
			t.Errorf("want exit status 2 and a message on stderr, got %s", res)
		}
	})
	t.Run("no such package", func(t *testing.T) {
		res := phivet(t, fixture(t, "leaky"), "./does/not/exist")
		if res.Code != 2 || res.Stderr == "" {
			t.Errorf("want exit status 2 and a message on stderr, got %s", res)
		}
	})
}

func TestTextOutput(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "leaky")
	want, col := onlyLeak(t, dir, false)
	res := phivet(t, dir, "./...")
	if res.Code != 1 {
		t.Errorf("exit status %d, want 1", res.Code)
	}
	found := parseText(t, dir, res.Stdout)
	if len(found) != 1 {
		t.Fatalf("want one finding, got %d\n%s", len(found), res)
	}
	f := found[0]
	if f.key != want || f.Column != col {
		t.Errorf("finding at %s col %d, want %s col %d", f.key, f.Column, want, col)
	}
	// The message names the data and the sink (contract §3).
	for _, s := range []string{"Patient.Name", "log.Printf"} {
		if !strings.Contains(f.Message, s) {
			t.Errorf("message %q does not name %s", f.Message, s)
		}
	}
}

func TestJSONOutput(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "leaky")
	want, col := onlyLeak(t, dir, false)
	res := phivet(t, dir, "-f", "json", "./...")
	if res.Code != 1 {
		t.Errorf("exit status %d, want 1", res.Code)
	}

	// The schema, field by field.
	var raw map[string]any
	if err := json.Unmarshal([]byte(res.Stdout), &raw); err != nil {
		t.Fatalf("not a JSON object: %v\n%s", err, res)
	}
	if v, ok := raw["version"]; !ok || v == nil || v == "" {
		t.Errorf("no version: %s", res.Stdout)
	}
	findings, ok := raw["findings"].([]any)
	if !ok || len(findings) != 1 {
		t.Fatalf("want findings to be an array of one, got %s", res.Stdout)
	}
	f, ok := findings[0].(map[string]any)
	if !ok {
		t.Fatalf("finding is not an object: %v", findings[0])
	}
	for _, field := range []string{"code", "file", "message", "fingerprint"} {
		if s, ok := f[field].(string); !ok || s == "" {
			t.Errorf("finding.%s: want a non-empty string, got %#v", field, f[field])
		}
	}
	for _, field := range []string{"line", "column"} {
		if n, ok := f[field].(float64); !ok || n < 1 {
			t.Errorf("finding.%s: want a positive number, got %#v", field, f[field])
		}
	}
	if _, ok := f["path"].([]any); !ok {
		t.Errorf("finding.path: want an array, got %#v", f["path"])
	}

	rep := parseJSON(t, res)
	got := rep.Findings[0]
	if k := (key{relFile(dir, got.File), got.Line, got.Code}); k != want || got.Column != col {
		t.Errorf("finding at %s col %d, want %s col %d", k, got.Column, want, col)
	}

	// A second run gives the same fingerprint.
	again := parseJSON(t, phivet(t, dir, "-f", "json", "./..."))
	if len(again.Findings) != 1 || again.Findings[0].Fingerprint != got.Fingerprint {
		t.Errorf("fingerprint changed between runs: %q, then %+v", got.Fingerprint, again.Findings)
	}

	// No findings: still a report, with no findings in it.
	res = phivet(t, fixture(t, "clean"), "-f", "json", "./...")
	if res.Code != 0 {
		t.Errorf("clean fixture: exit status %d, want 0", res.Code)
	}
	if rep := parseJSON(t, res); len(rep.Findings) != 0 {
		t.Errorf("clean fixture: want no findings, got %+v", rep.Findings)
	}
}

// sarifLog is the part of SARIF 2.1.0 that the tests look at.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID   string `json:"id"`
					Help struct {
						Text string `json:"text"`
					} `json:"help"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifResult struct {
	RuleID  string `json:"ruleId"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations []struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	} `json:"locations"`
	CodeFlows []struct {
		ThreadFlows []struct {
			Locations []struct {
				Location struct {
					PhysicalLocation sarifPhysical `json:"physicalLocation"`
				} `json:"location"`
			} `json:"locations"`
		} `json:"threadFlows"`
	} `json:"codeFlows"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifPhysical struct {
	ArtifactLocation struct {
		URI string `json:"uri"`
	} `json:"artifactLocation"`
	Region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
	} `json:"region"`
}

func parseSARIF(t *testing.T, res result) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(res.Stdout), &log); err != nil {
		t.Fatalf("-f sarif output is not JSON: %v\n%s", err, res)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("want one run, got %d", len(log.Runs))
	}
	return log
}

// checkURI fails unless uri is relative to the analysed root.
func checkURI(t *testing.T, uri string) {
	t.Helper()
	if uri == "" || strings.Contains(uri, "://") || strings.HasPrefix(uri, "file:") || strings.HasPrefix(uri, "/") || filepath.IsAbs(uri) {
		t.Errorf("artifact URI %q is not relative", uri)
	}
}

func TestSARIFOutput(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "leaky")
	want, col := onlyLeak(t, dir, false)
	res := phivet(t, dir, "-f", "sarif", "./...")
	if res.Code != 1 {
		t.Errorf("exit status %d, want 1", res.Code)
	}
	log := parseSARIF(t, res)
	if log.Version != "2.1.0" {
		t.Errorf("version %q, want 2.1.0", log.Version)
	}
	sarifRun := log.Runs[0]

	// One rule per code, each with help text.
	rules := map[string]int{}
	for _, r := range sarifRun.Tool.Driver.Rules {
		rules[r.ID]++
		if strings.TrimSpace(r.Help.Text) == "" {
			t.Errorf("rule %s has no help text", r.ID)
		}
	}
	for _, info := range codes.All {
		if n := rules[string(info.Code)]; n != 1 {
			t.Errorf("rule %s appears %d times, want once", info.Code, n)
		}
	}
	if len(rules) != len(codes.All) {
		t.Errorf("rules %v, want exactly the codes %v", rules, codes.All)
	}

	if len(sarifRun.Results) != 1 {
		t.Fatalf("want one result, got %d\n%s", len(sarifRun.Results), res.Stdout)
	}
	r := sarifRun.Results[0]
	if r.RuleID != want.Code {
		t.Errorf("ruleId %q, want %q", r.RuleID, want.Code)
	}
	if len(r.Locations) == 0 {
		t.Fatal("result has no location")
	}
	loc := r.Locations[0].PhysicalLocation
	checkURI(t, loc.ArtifactLocation.URI)
	if k := (key{relFile(dir, loc.ArtifactLocation.URI), loc.Region.StartLine, r.RuleID}); k != want || loc.Region.StartColumn != col {
		t.Errorf("result at %s col %d, want %s col %d", k, loc.Region.StartColumn, want, col)
	}
	if len(r.CodeFlows) == 0 || len(r.CodeFlows[0].ThreadFlows) == 0 || len(r.CodeFlows[0].ThreadFlows[0].Locations) == 0 {
		t.Errorf("result has no codeFlows thread flow with locations")
	} else {
		for _, l := range r.CodeFlows[0].ThreadFlows[0].Locations {
			checkURI(t, l.Location.PhysicalLocation.ArtifactLocation.URI)
		}
	}
	if len(r.PartialFingerprints) == 0 {
		t.Error("result has no partialFingerprints")
	}
	for name, v := range r.PartialFingerprints {
		if v == "" {
			t.Errorf("partialFingerprints[%q] is empty", name)
		}
	}

	// A second run gives the same fingerprints.
	again := parseSARIF(t, phivet(t, dir, "-f", "sarif", "./..."))
	if len(again.Runs[0].Results) != 1 || !sameMap(again.Runs[0].Results[0].PartialFingerprints, r.PartialFingerprints) {
		t.Errorf("partialFingerprints changed between runs")
	}
}

func sameMap(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestFingerprintsSurviveLineShift checks that fingerprints are stable in the
// sense code scanning needs: lines added above a finding do not change them.
func TestFingerprintsSurviveLineShift(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "leaky")
	jsonBefore := parseJSON(t, phivet(t, dir, "-f", "json", "./..."))
	sarifBefore := parseSARIF(t, phivet(t, dir, "-f", "sarif", "./..."))

	file := filepath.Join(dir, "leaky.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	shifted := strings.Replace(string(src), "import \"log\"\n", "import \"log\"\n\n// Two lines added above the finding.\n", 1)
	e2e.WriteFile(t, file, shifted)

	jsonAfter := parseJSON(t, phivet(t, dir, "-f", "json", "./..."))
	sarifAfter := parseSARIF(t, phivet(t, dir, "-f", "sarif", "./..."))
	if len(jsonBefore.Findings) != 1 || len(jsonAfter.Findings) != 1 {
		t.Fatalf("want one finding before and after, got %+v and %+v", jsonBefore.Findings, jsonAfter.Findings)
	}
	if b, a := jsonBefore.Findings[0], jsonAfter.Findings[0]; a.Line != b.Line+2 || a.Fingerprint != b.Fingerprint {
		t.Errorf("JSON: line %d → %d (want +2), fingerprint %q → %q (want unchanged)", b.Line, a.Line, b.Fingerprint, a.Fingerprint)
	}
	if len(sarifBefore.Runs[0].Results) != 1 || len(sarifAfter.Runs[0].Results) != 1 {
		t.Fatal("SARIF: want one result before and after")
	}
	if b, a := sarifBefore.Runs[0].Results[0], sarifAfter.Runs[0].Results[0]; !sameMap(b.PartialFingerprints, a.PartialFingerprints) {
		t.Errorf("SARIF partialFingerprints changed: %v → %v", b.PartialFingerprints, a.PartialFingerprints)
	}
}

func TestConfigErrors(t *testing.T) {
	needBinary(t)
	const name = "example.com/badconfig.Patient.Name"
	cases := []struct {
		name   string
		file   string // config file name; phivet.yaml is found, others are named by -config
		config string
		line   int
		key    string // the offending key; the message may give its YAML path, e.g. sources[0].class
	}{
		{"unknown key", "phivet.yaml", "policy:\n  log: any\ncolour: blue\n", 3, "colour"},
		{"unknown key in an entry", "phivet.yaml", "sources:\n  - field: " + name + "\n    class: direct\n    note: hi\n", 4, "note"},
		{"bad class", "phivet.yaml", "sources:\n  - field: " + name + "\n    class: secret\n", 3, "class"},
		{"bad kind", "phivet.yaml", "sinks:\n  - func: example.com/badconfig.Greet\n    kind: email\n", 3, "kind"},
		{"malformed name", "phivet.yaml", "checks:\n  - func: \"(*example.com/badconfig.T.M\"\n", 2, "func"},
		{"bad policy value", "phivet.yaml", "policy:\n  export: sometimes\n", 2, "export"},
		{"bad class, -config", "custom.yaml", "sources:\n  - field: " + name + "\n    class: secret\n", 3, "class"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyFixture(t, "badconfig")
			e2e.WriteFile(t, filepath.Join(dir, c.file), c.config)
			args := []string{"./..."}
			if c.file != "phivet.yaml" {
				args = []string{"-config", c.file, "./..."}
			}
			res := phivet(t, dir, args...)
			if res.Code != 2 {
				t.Errorf("exit status %d, want 2", res.Code)
			}
			// FILE:LINE: KEY: where KEY may be the key's YAML path.
			wantMsg := regexp.MustCompile(fmt.Sprintf(`%s:%d: (?:\S*\.)?%s:`, regexp.QuoteMeta(c.file), c.line, regexp.QuoteMeta(c.key)))
			if !wantMsg.MatchString(res.Stderr) {
				t.Errorf("stderr does not match %q", wantMsg)
			}
			if strings.Contains(res.Stdout, "PHI") {
				t.Errorf("analysis ran despite the configuration error")
			}
			if t.Failed() {
				t.Logf("config:\n%s\n%s", c.config, res)
			}
		})
	}
	t.Run("missing -config file", func(t *testing.T) {
		res := phivet(t, fixture(t, "leaky"), "-config", "missing.yaml", "./...")
		if res.Code != 2 || !strings.Contains(res.Stderr, "missing.yaml") {
			t.Errorf("want exit status 2 and stderr naming missing.yaml, got %s", res)
		}
	})
}

// TestUnmatchedConfigNames: a configuration name that matches nothing
// declared in the analysed packages or their dependencies (most often a
// typo) is warned about with its file and line, and the run goes on;
// names of the package itself and of the standard library it imports
// are not.
func TestUnmatchedConfigNames(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "leaky")
	e2e.WriteFile(t, filepath.Join(dir, "phivet.yaml"), `policy:
  log: any
sources:
  - field: example.com/leaky.Patient.ID
    class: direct
sinks:
  - func: log.Fatalf
    kind: log
  - func: example.com/leaky.Gret
    kind: log
`)
	res := phivet(t, dir, "./...")
	if res.Code != 1 {
		t.Errorf("exit status %d, want 1 (the finding in leaky.go)", res.Code)
	}
	warnings := regexp.MustCompile(`(?m)^phivet: \S*phivet\.yaml:(\d+): warning: (\S+): .* matches nothing`).FindAllStringSubmatch(res.Stderr, -1)
	if len(warnings) != 1 || warnings[0][1] != "9" || warnings[0][2] != "sinks[1].func" {
		t.Errorf("warnings %q, want one, for sinks[1].func at line 9\n%s", warnings, res)
	}
}

// TestTypeErrors: a package that does not type-check is reported with its
// position, and the other packages are still analysed. The module is
// testdata/typeerr (package broken) with the leaky fixture's source and
// configuration laid over it as its package leaky.
func TestTypeErrors(t *testing.T) {
	needBinary(t)
	dir := copyFixture(t, "typeerr")
	for src, dst := range map[string]string{"leaky.go": filepath.Join("leaky", "leaky.go"), "phivet.yaml": "phivet.yaml"} {
		data, err := os.ReadFile(filepath.Join(fixture(t, "leaky"), src))
		if err != nil {
			t.Fatal(err)
		}
		e2e.WriteFile(t, filepath.Join(dir, dst), string(data))
	}
	want, _ := onlyLeak(t, dir, false)
	src, err := os.ReadFile(filepath.Join(dir, "broken", "broken.go"))
	if err != nil {
		t.Fatal(err)
	}
	badLine := 1 + strings.Count(string(src[:bytes.Index(src, []byte(`"three"`))]), "\n")

	res := phivet(t, dir, "./...")
	if res.Code != 2 {
		t.Errorf("exit status %d, want 2", res.Code)
	}
	if wantMsg := fmt.Sprintf("broken.go:%d", badLine); !strings.Contains(res.Stderr, wantMsg) {
		t.Errorf("stderr does not name the type error at %s", wantMsg)
	}
	found := false
	for _, f := range parseText(t, dir, res.Stdout) {
		found = found || f.key == want
	}
	if !found {
		t.Errorf("the leak in the package that type-checks was not reported (want %s)", want)
	}
	if t.Failed() {
		t.Log(res)
	}
}

func TestExplain(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "clean")
	for _, info := range codes.All {
		res := phivet(t, dir, "-explain", string(info.Code))
		if res.Code != 0 || !strings.Contains(res.Stdout, string(info.Code)) {
			t.Errorf("-explain %s: want exit status 0 and text naming the code, got %s", info.Code, res)
		}
	}
	if res := phivet(t, dir, "-explain", "NOPE"); res.Code != 2 {
		t.Errorf("-explain NOPE: want exit status 2, got %s", res)
	}
}

// TestExplainPacks: -explain packs lists every pack table and every mark,
// with its class and profile, from the same data as docs/packs.md.
func TestExplainPacks(t *testing.T) {
	needBinary(t)
	res := phivet(t, fixture(t, "clean"), "-explain", "packs")
	if res.Code != 0 {
		t.Fatalf("-explain packs: want exit status 0, got %s", res)
	}
	for _, tb := range packs.Tables {
		if !strings.Contains(res.Stdout, tb.Library) {
			t.Errorf("-explain packs does not name %s", tb.Library)
		}
	}
	// Every row of the packs page, as plain text (the packs package's tests
	// check each mark has a row), is printed.
	for _, row := range strings.Split(docs.PlainText(string(packs.Markdown())), "\n") {
		if strings.HasPrefix(row, "| ") && !strings.Contains(res.Stdout, row+"\n") {
			t.Errorf("-explain packs does not print the row %.120s", row)
		}
	}
	if strings.Contains(res.Stdout, "<!--") {
		t.Error("-explain packs prints the page's generated-file comment")
	}
}

func TestVersion(t *testing.T) {
	needBinary(t)
	res := phivet(t, fixture(t, "clean"), "-version")
	if res.Code != 0 || strings.TrimSpace(res.Stdout) == "" {
		t.Errorf("-version: want exit status 0 and a version, got %s", res)
	}
}

// TestTestsFlag: findings in _test.go files are reported only with -tests.
func TestTestsFlag(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "testsonly")
	res := phivet(t, dir, "./...")
	if res.Code != 0 || res.Stdout != "" {
		t.Errorf("without -tests: want exit status 0 and no findings, got %s", res)
	}
	rep := checkFindings(t, dir, expectedLeaks(t, dir, true), "-tests").rep
	if len(rep.Findings) != 1 {
		t.Errorf("with -tests: want the leak reported once, got %d findings", len(rep.Findings))
	}
}

// goVet runs go vet with phivet as the vet tool and the given config.
func goVet(t *testing.T, dir, config string, env ...string) result {
	t.Helper()
	return run(t, dir, env, goBin, "vet", "-vettool="+phivetBin, "-config="+config, "./...")
}

func TestGoVet(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "leaky")
	want, _ := onlyLeak(t, dir, false)
	checkVetReport(t, goVet(t, dir, filepath.Join(dir, "phivet.yaml")), want)

	clean := fixture(t, "clean")
	if res := goVet(t, clean, filepath.Join(clean, "phivet.yaml")); res.Code != 0 {
		t.Errorf("go vet on the clean fixture: want exit status 0, got %s", res)
	}
}

// checkVetReport checks that go vet's output reports want, code included.
func checkVetReport(t *testing.T, res result, want key) {
	t.Helper()
	if res.Code == 0 {
		t.Errorf("go vet: want a non-zero exit status")
	}
	pos := fmt.Sprintf("%s:%d:", filepath.Base(want.File), want.Line)
	var line string
	for _, l := range strings.Split(res.Stderr, "\n") {
		if strings.Contains(l, pos) {
			line = l
			break
		}
	}
	switch {
	case line == "":
		t.Errorf("go vet: nothing reported at %s\n%s", pos, res)
	case !strings.Contains(line, want.Code):
		t.Errorf("go vet: the report at %s does not name its code %s: %q", pos, want.Code, line)
	}
}

// TestChangedConfigIsNotCached: a run with a configuration that makes a
// function a source must not replay a cached clean result from a run
// without it (contract §1), under go vet and under the phivet command.
func TestChangedConfigIsNotCached(t *testing.T) {
	needBinary(t)
	const withSource = `sources:
  - func: example.com/cachecfg/store.Get
    class: direct
policy:
  log: any
`
	gocache := "GOCACHE=" + t.TempDir() // fresh, and shared by the runs below

	t.Run("go vet", func(t *testing.T) {
		dir := copyFixture(t, "cachecfg")
		want, _ := onlyLeak(t, dir, false)
		config := filepath.Join(dir, "phivet.yaml")
		if res := goVet(t, dir, config, gocache); res.Code != 0 || strings.Contains(res.Stderr, "PHI") {
			t.Fatalf("without the source: want exit status 0 and no finding, got %s", res)
		}
		e2e.WriteFile(t, config, withSource)
		res := goVet(t, dir, config, gocache)
		if pos := fmt.Sprintf("%s:%d:", filepath.Base(want.File), want.Line); res.Code == 0 || !strings.Contains(res.Stderr, pos) {
			t.Fatalf("with the source: no finding at %s (a stale cached result?), got %s", pos, res)
		}
		checkVetReport(t, res, want)
	})

	t.Run("phivet", func(t *testing.T) {
		dir := copyFixture(t, "cachecfg")
		want, _ := onlyLeak(t, dir, false)
		if res := run(t, dir, []string{gocache}, phivetBin, "./..."); res.Code != 0 || res.Stdout != "" {
			t.Fatalf("without the source: want exit status 0 and no finding, got %s", res)
		}
		e2e.WriteFile(t, filepath.Join(dir, "phivet.yaml"), withSource)
		res := run(t, dir, []string{gocache}, phivetBin, "-f", "json", "./...")
		if res.Code != 1 {
			t.Errorf("with the source: exit status %d, want 1 (a stale cached result?)", res.Code)
		}
		got, messages := jsonKeys(dir, parseJSON(t, res))
		compare(t, map[key]bool{want: true}, got, messages)
	})
}

// TestCgo: cgo compiles a rewrite of the user's file, marked generated;
// findings must still be reported, at the user's own lines.
func TestCgo(t *testing.T) {
	needBinary(t)
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	dir := fixture(t, "cgo")
	checkFindings(t, dir, expectedLeaks(t, dir, false))
}

// TestDeepCallChain: a leak passed down a chain of thousands of calls is
// found, and its path stays short enough to read.
func TestDeepCallChain(t *testing.T) {
	needBinary(t)
	dir := t.TempDir()
	e2e.WriteFile(t, filepath.Join(dir, "go.mod"), "module example.com/deep\n\ngo 1.26.0\n")
	var b strings.Builder
	b.WriteString("package deep\n\nimport \"log\"\n\ntype Patient struct {\n\tName string `phi:\"direct\"`\n}\n\n")
	const depth = 2000
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "func f%d(s string) { f%d(s) }\n", i, i+1)
	}
	fmt.Fprintf(&b, "func f%d(s string) { log.Println(s) }\n\n", depth)
	b.WriteString("func Entry(p *Patient) { f0(p.Name) } // leak: PHI1001\n")
	e2e.WriteFile(t, filepath.Join(dir, "deep.go"), b.String())

	for _, f := range checkFindings(t, dir, expectedLeaks(t, dir, false)).rep.Findings {
		if len(f.Path) > 16 {
			t.Errorf("path of %d steps; want it cut to a readable length", len(f.Path))
		}
	}
}
