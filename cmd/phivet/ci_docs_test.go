package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sh runs a documented shell command in dir with the phivet under test
// first in PATH, and returns its exit status.
func sh(t *testing.T, dir, command string) result {
	t.Helper()
	path := "PATH=" + filepath.Dir(phivetBin) + string(os.PathListSeparator) + os.Getenv("PATH")
	return run(t, dir, []string{path}, "sh", "-c", command)
}

func readYAML(t *testing.T, file string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci", file))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("docs/ci/%s: %v", file, err)
	}
}

// TestGitHubActionsExample runs the phivet step of docs/ci/github-actions.yml
// on the example service and checks that it leaves the SARIF file the
// upload step names.
func TestGitHubActionsExample(t *testing.T) {
	needBinary(t)
	var wf struct {
		Permissions map[string]string
		Jobs        map[string]struct {
			Steps []struct {
				Name string
				Uses string
				Run  string
				With map[string]string
			}
		}
	}
	readYAML(t, "github-actions.yml", &wf)
	if wf.Permissions["security-events"] != "write" {
		t.Error("the workflow needs security-events: write to upload SARIF")
	}
	var command, sarif string
	for _, st := range wf.Jobs["phivet"].Steps {
		if strings.Contains(st.Run, "phivet -f sarif") {
			command = st.Run
		}
		if strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@") {
			sarif = st.With["sarif_file"]
		}
	}
	if command == "" || sarif == "" {
		t.Fatalf("docs/ci/github-actions.yml: want a phivet -f sarif step and an upload-sarif step, found %q and %q", command, sarif)
	}
	dir := copyExample(t)
	if res := sh(t, dir, command); res.Code != 0 {
		t.Fatalf("the documented step %q failed on the example service: %s", command, res)
	}
	data, err := os.ReadFile(filepath.Join(dir, sarif))
	if err != nil {
		t.Fatalf("the step left no %s for upload-sarif: %v", sarif, err)
	}
	var log struct {
		Runs []struct{ Results []json.RawMessage }
	}
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Errorf("%s: want a SARIF log with the example's findings (%v)", sarif, err)
	}
}

// TestGitLabExample runs the script of docs/ci/gitlab-ci.yml (but its
// installation lines) on the example service: it must produce the Code
// Quality report its artifacts name, one entry per finding, and fail on
// the findings at its last line.
func TestGitLabExample(t *testing.T) {
	needBinary(t)
	if _, err := exec.LookPath("jq"); err != nil {
		t.Skip("the GitLab job converts phivet's JSON with jq, which is not installed")
	}
	var ci map[string]struct {
		Script    []string
		Artifacts struct {
			Reports struct {
				Codequality string
			}
		}
	}
	readYAML(t, "gitlab-ci.yml", &ci)
	job := ci["phivet"]
	report := job.Artifacts.Reports.Codequality
	if len(job.Script) == 0 || report == "" {
		t.Fatal("docs/ci/gitlab-ci.yml: want a phivet job with a script and a codequality report")
	}
	dir := copyExample(t)
	for i, line := range job.Script {
		if strings.HasPrefix(line, "apt-get ") || strings.HasPrefix(line, "go install ") {
			continue // installation: phivet is the one under test, jq is here
		}
		res := sh(t, dir, line)
		last := i == len(job.Script)-1
		switch {
		case last && res.Code == 0:
			t.Errorf("the last line %q passed on the example service, which has findings", line)
		case !last && res.Code != 0:
			t.Fatalf("the documented line %q failed: %s", line, res)
		}
	}
	var findings struct{ Findings []json.RawMessage }
	data, err := os.ReadFile(filepath.Join(dir, "phivet.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &findings); err != nil {
		t.Fatal(err)
	}
	var issues []struct {
		Description string
		CheckName   string `json:"check_name"`
		Fingerprint string
		Severity    string
		Location    struct {
			Path  string
			Lines struct{ Begin int }
		}
	}
	data, err = os.ReadFile(filepath.Join(dir, report))
	if err != nil {
		t.Fatalf("the script left no %s: %v", report, err)
	}
	if err := json.Unmarshal(data, &issues); err != nil {
		t.Fatalf("%s: %v", report, err)
	}
	if len(issues) == 0 || len(issues) != len(findings.Findings) {
		t.Errorf("%s has %d issues for %d findings", report, len(issues), len(findings.Findings))
	}
	for _, is := range issues {
		if !codeRE.MatchString(is.CheckName) || is.Fingerprint == "" || is.Description == "" || is.Severity == "" ||
			is.Location.Path == "" || filepath.IsAbs(is.Location.Path) || is.Location.Lines.Begin < 1 {
			t.Errorf("%s: an incomplete Code Quality issue: %+v", report, is)
		}
	}
}
