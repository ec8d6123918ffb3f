package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

// sarifMultitool is the pinned version of Microsoft's SARIF validator, the
// one GitHub's own SARIF documentation points to. Its npm package ships the
// .NET binary for each platform.
const sarifMultitool = "5.7.0"

// multitool installs @microsoft/sarif-multitool from the npm registry into
// a temporary directory and returns the path of its binary. It skips the
// test where node or npm is missing, except in CI, which must run it.
func multitool(t *testing.T) string {
	t.Helper()
	npm, errNPM := exec.LookPath("npm")
	node, errNode := exec.LookPath("node")
	if errNPM != nil || errNode != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI must validate SARIF, but npm or node is missing: %v %v", errNPM, errNode)
		}
		t.Skip("validating SARIF needs npm and node")
	}
	platform := map[string]string{"windows": "win32"}[runtime.GOOS]
	if platform == "" {
		platform = runtime.GOOS
	}
	dir := t.TempDir()
	// The platform package is named too so that it is pinned as well (the
	// main package asks for ^version). --ignore-scripts: its only script
	// makes the binary executable, which is done below.
	res := run(t, dir, nil, npm, "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts",
		"--prefix", dir,
		"@microsoft/sarif-multitool@"+sarifMultitool,
		"@microsoft/sarif-multitool-"+platform+"@"+sarifMultitool)
	if res.Code != 0 {
		t.Fatalf("npm install @microsoft/sarif-multitool@%s: %s", sarifMultitool, res)
	}
	res = run(t, dir, nil, node, "-p", "require('@microsoft/sarif-multitool')")
	if res.Code != 0 {
		t.Fatalf("locating the Sarif.Multitool binary: %s", res)
	}
	bin := strings.TrimSpace(res.Stdout)
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

// validationResult is one problem the validator reported.
type validationResult struct {
	RuleID  string `json:"ruleId"`
	Level   string `json:"level"`
	Message struct {
		Text      string   `json:"text"`
		ID        string   `json:"id"`
		Arguments []string `json:"arguments"`
	} `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			Region struct {
				StartLine int `json:"startLine"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
}

func (r validationResult) text() string {
	if r.Message.Text != "" {
		return r.Message.Text
	}
	// The validator's own log gives message ids and arguments, not text.
	return strings.Join(r.Message.Arguments, "; ")
}

// validate runs Sarif.Multitool validate on file with the SARIF rules and
// GitHub's ingestion rules, and returns what it reported.
func validate(t *testing.T, bin, file string) []validationResult {
	t.Helper()
	out := file + ".validation.sarif"
	res := run(t, filepath.Dir(file), []string{"DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", "DOTNET_CLI_TELEMETRY_OPTOUT=1"},
		bin, "validate", file,
		"--output", out, "--log", "ForceOverwrite",
		"--rule-kind", "Sarif;Gh",
		"--level", "Error;Warning;Note")
	if res.Code != 0 {
		t.Fatalf("Sarif.Multitool validate %s: %s", file, res)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("the validator wrote no log: %v\n%s", err, res)
	}
	var log struct {
		Runs []struct {
			Results     []validationResult `json:"results"`
			Invocations []struct {
				ExecutionSuccessful        bool              `json:"executionSuccessful"`
				ToolExecutionNotifications []json.RawMessage `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("the validator's log: %v", err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("the validator's log has %d runs", len(log.Runs))
	}
	for _, inv := range log.Runs[0].Invocations {
		if !inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) > 0 {
			t.Fatalf("the validator did not run cleanly: %s", data)
		}
	}
	return log.Runs[0].Results
}

// checkValid fails on every error or warning of the validator; its notes
// (suggestions such as code snippets in results) are only logged.
func checkValid(t *testing.T, bin, file string) {
	t.Helper()
	for _, r := range validate(t, bin, file) {
		line := 0
		if len(r.Locations) > 0 {
			line = r.Locations[0].PhysicalLocation.Region.StartLine
		}
		switch r.Level {
		case "note", "none":
			t.Logf("%s:%d: note %s: %s", filepath.Base(file), line, r.RuleID, r.text())
		default:
			t.Errorf("%s:%d: %s %s: %s", filepath.Base(file), line, r.Level, r.RuleID, r.text())
		}
	}
}

// TestSARIFValidates runs phivet -f sarif on the example service and on a
// clean module and validates both logs with Microsoft's SARIF validator,
// including the rules GitHub code scanning applies when it ingests SARIF.
func TestSARIFValidates(t *testing.T) {
	needBinary(t)
	bin := multitool(t)
	tmp := t.TempDir()
	example := exampleService(t)
	for _, tc := range []struct {
		name, dir string
		code      int
	}{
		{"examplesvc", example, 1},
		{"clean", fixture(t, "clean"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := phivet(t, tc.dir, "-f", "sarif", "./...")
			if res.Code != tc.code {
				t.Fatalf("phivet -f sarif: exit status %d, want %d\n%s", res.Code, tc.code, res)
			}
			file := filepath.Join(tmp, tc.name+".sarif")
			e2e.WriteFile(t, file, res.Stdout)
			checkValid(t, bin, file)
		})
	}

	// The validator must find what is wrong in a broken log, or a clean
	// result above proves nothing.
	t.Run("broken log is caught", func(t *testing.T) {
		res := phivet(t, example, "-f", "sarif", "./...")
		var log map[string]any
		if err := json.Unmarshal([]byte(res.Stdout), &log); err != nil {
			t.Fatal(err)
		}
		delete(log, "$schema")
		run0 := log["runs"].([]any)[0].(map[string]any)
		result0 := run0["results"].([]any)[0].(map[string]any)
		loc := result0["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		loc["region"].(map[string]any)["startLine"] = 0
		data, err := json.Marshal(log)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(tmp, "broken.sarif")
		e2e.WriteFile(t, file, string(data))
		rules := map[string]bool{}
		for _, r := range validate(t, bin, file) {
			if r.Level == "error" {
				rules[r.RuleID] = true
			}
		}
		// JSON1008: startLine below the minimum; GH1013: no $schema.
		for _, want := range []string{"JSON1008", "GH1013"} {
			if !rules[want] {
				t.Errorf("the validator did not report %s on a broken log; it reported %v", want, rules)
			}
		}
	})
}
