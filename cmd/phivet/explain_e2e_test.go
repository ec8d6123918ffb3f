package main_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// explainReport is the part of `phivet explain -f json` the tests read.
type explainReport struct {
	File  string `json:"file"`
	Line  int    `json:"line"`
	Flows []struct {
		Function   string `json:"function"`
		Code       string `json:"code"`
		Acceptable bool   `json:"acceptable"`
		Reported   bool   `json:"reported"`
		Verdict    string `json:"verdict"`
		Data       []struct {
			Name      string `json:"name"`
			Sanitized bool   `json:"sanitized"`
		} `json:"data"`
		Path []struct {
			Position string `json:"position"`
			Message  string `json:"message"`
		} `json:"path"`
		Guards []struct {
			Role     string `json:"role"`
			Name     string `json:"name"`
			Position string `json:"position"`
			Holds    bool   `json:"holds"`
			Verdict  string `json:"verdict"`
		} `json:"guards"`
	} `json:"flows"`
	Findings []struct {
		Code string `json:"code"`
	} `json:"findings"`
}

func explainJSON(t *testing.T, dir, at string) explainReport {
	t.Helper()
	res := phivet(t, dir, "explain", "-f", "json", at)
	if res.Code != 0 {
		t.Fatalf("phivet explain %s: exit status %d, want 0\nstderr:\n%s", at, res.Code, res.Stderr)
	}
	var rep explainReport
	if err := json.Unmarshal([]byte(res.Stdout), &rep); err != nil {
		t.Fatalf("phivet explain %s: %v\n%s", at, err, res.Stdout)
	}
	if len(rep.Flows) == 0 {
		t.Fatalf("phivet explain %s: no flow explained\n%s", at, res.Stdout)
	}
	return rep
}

// TestExplainExampleService explains a guarded flow, an unguarded finding
// and a sanitized flow of the example service.
func TestExplainExampleService(t *testing.T) {
	needBinary(t)
	dir := exampleService(t)

	// Guarded: consent.Allowed returns early on failure, and the deferred
	// audit holds.
	guarded := explainJSON(t, dir, "api/api.go:112").Flows[0]
	if !guarded.Acceptable || guarded.Verdict != "acceptable: checked and audited" {
		t.Errorf("api.go:112: verdict %q (acceptable %v), want acceptable: checked and audited", guarded.Verdict, guarded.Acceptable)
	}
	wantGuard(t, "api.go:112", guarded.Guards, "consent.Allowed", "api/api.go:106:6", true, "holds here")
	wantGuard(t, "api.go:112", guarded.Guards, "(*audit.Recorder).Disclosed", "api/api.go:110:8", true, "deferred")

	// Unguarded: the helper logs the name; mayView is called only after.
	unguarded := explainJSON(t, dir, "api/api.go:124").Flows[0]
	if unguarded.Acceptable || !unguarded.Reported || unguarded.Code != "PHI1001" {
		t.Errorf("api.go:124: want a reported PHI1001 finding, got %+v", unguarded)
	}
	if !hasStep(unguarded.Path, "api/api.go:140:51", "Patient.Name read here") || !hasStep(unguarded.Path, "api/api.go:124:2", "passed to api.logAccess") {
		t.Errorf("api.go:124: path lacks the helper's steps: %+v", unguarded.Path)
	}
	wantGuard(t, "api.go:124", unguarded.Guards, "api.mayView", "api/api.go:125:6", false, "after the sink")

	// Sanitized: redact.Name's result is what is logged.
	sanitized := explainJSON(t, dir, "api/api.go:93").Flows[0]
	if !sanitized.Acceptable || sanitized.Verdict != "acceptable: sanitized" {
		t.Errorf("api.go:93: verdict %q, want acceptable: sanitized", sanitized.Verdict)
	}
	if len(sanitized.Data) != 1 || sanitized.Data[0].Name != "Patient.Name" || !sanitized.Data[0].Sanitized {
		t.Errorf("api.go:93: data %+v, want Patient.Name sanitized", sanitized.Data)
	}
	wantGuard(t, "api.go:93", sanitized.Guards, "redact.Name", "api/api.go:93:38", true, "sink's arguments")

	// A check whose result is dropped, in text.
	explainSays(t, dir, "api/api.go:152",
		"api/api.go:152:2: flow to fmt.Fprintf (respond) in (*Handler).patientCard",
		"verdict: finding PHI1003",
		"- check consent.Verify at api/api.go:150:2 does not hold here: its result is ignored")
}

// explainSays checks that phivet explain's text for at contains each of
// wants.
func explainSays(t *testing.T, dir, at string, wants ...string) {
	t.Helper()
	res := phivet(t, dir, "explain", at)
	for _, want := range wants {
		if !strings.Contains(res.Stdout, want) {
			t.Errorf("phivet explain %s lacks %q:\n%s", at, want, res.Stdout)
		}
	}
}

// TestExplainFailureBranch names the failure branch of a check that does
// not return, credits the check whose failure branch does, and names a
// check called through an interface that a path goes around.
func TestExplainFailureBranch(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "explainmod")
	lenient := explainJSON(t, dir, "clinic.go:31").Flows[0]
	wantGuard(t, "clinic.go:31", lenient.Guards, "clinic.mayDisclose", "clinic.go:28:12", false,
		"its failure branch (clinic.go:28:39) does not return, so it reaches the sink")
	strict := explainJSON(t, dir, "clinic.go:39").Flows[0]
	if !strict.Acceptable {
		t.Errorf("clinic.go:39: want acceptable, got %q", strict.Verdict)
	}
	wantGuard(t, "clinic.go:39", strict.Guards, "clinic.mayDisclose", "clinic.go:36:12", true, "holds here")
	// A check called through an interface is named too, and the path
	// around it (the nil gate) said.
	optional := explainJSON(t, dir, "clinic.go:57").Flows[0]
	wantGuard(t, "clinic.go:57", optional.Guards, "(clinic.Gate).Allow", "clinic.go:53:13", false,
		"another path to the sink (clinic.go:57:2) that goes around it")
	// An audit after the sink holds when it is on every path from the sink
	// to a normal return (contract §3), and is said to.
	after := explainJSON(t, dir, "clinic.go:68").Flows[0]
	if !after.Acceptable {
		t.Errorf("clinic.go:68: want acceptable, got %q", after.Verdict)
	}
	wantGuard(t, "clinic.go:68", after.Guards, "clinic.recordDisclosure", "clinic.go:69:2", true,
		"an audit on every path from the sink to a normal return holds there")
	sometimes := explainJSON(t, dir, "clinic.go:74").Flows[0]
	wantGuard(t, "clinic.go:74", sometimes.Guards, "clinic.recordDisclosure", "clinic.go:78:2", false,
		"not on every path from it to a normal return")
}

// TestExplainPackageLevelLiteral: a flow inside a function literal that
// initialises a package-level variable (a command's Run field) is
// explained in that literal, named by the variable and field, with the
// checks called in it.
func TestExplainPackageLevelLiteral(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "explainmod")
	checked := explainJSON(t, dir, "commands.go:20").Flows[0]
	if checked.Function != "the Run literal of var openCmd" || !checked.Acceptable {
		t.Errorf("commands.go:20: in %q, acceptable %v; want the Run literal of var openCmd, acceptable", checked.Function, checked.Acceptable)
	}
	wantGuard(t, "commands.go:20", checked.Guards, "clinic.mayDisclose", "commands.go:17:13", true, "holds here")
	explainSays(t, dir, "commands.go:32",
		"commands.go:32:3: flow to log.Printf (log) in the Run literal of var peekCmd",
		"- check clinic.mayDisclose at commands.go:29:13 does not hold here: its failure branch (commands.go:29:40) does not return",
		"- audit: none is called in the Run literal of var peekCmd before the sink")
}

// TestExplainUsage: bad input is a usage error (2); a line with nothing
// judged at it is explained as such (0).
func TestExplainUsage(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "explainmod")
	for _, c := range []struct {
		args []string
		code int
		want string // on stderr for errors, stdout otherwise
	}{
		{[]string{"explain"}, 2, "no FILE:LINE named"},
		{[]string{"explain", "clinic.go"}, 2, "is not FILE:LINE"},
		{[]string{"explain", "clinic.go:x"}, 2, "LINE must be a line number"},
		{[]string{"explain", "clinic.go:0"}, 2, "LINE must be a line number"},
		{[]string{"explain", "nosuch.go:3"}, 2, "nosuch.go: no such file"},
		{[]string{"explain", "clinic.go:400"}, 2, "clinic.go has 79 lines, not 400"},
		{[]string{"explain", "go.mod:1"}, 2, "not a Go file"},
		{[]string{"explain", "-f", "xml", "clinic.go:31"}, 2, "unknown format"},
		{[]string{"explain", "-h"}, 0, "Exit status: 0 when the line is explained, also when nothing is judged at it"},
		{[]string{"explain", "clinic.go:33"}, 0, "clinic.go:33: no flow of identifiable data is judged and nothing is reported at this line\nflows are judged nearby, at clinic.go:31"},
	} {
		res := phivet(t, dir, c.args...)
		out := res.Stdout
		if c.code != 0 || strings.Contains(strings.Join(c.args, " "), "-h") {
			out = res.Stderr
		}
		if res.Code != c.code || !strings.Contains(out, c.want) {
			t.Errorf("phivet %s: exit %d, want %d, and output containing %q; stdout:\n%s\nstderr:\n%s",
				strings.Join(c.args, " "), res.Code, c.code, c.want, res.Stdout, res.Stderr)
		}
	}
}

func hasStep(path []struct {
	Position string `json:"position"`
	Message  string `json:"message"`
}, pos, msg string) bool {
	for _, s := range path {
		if s.Position == pos && s.Message == msg {
			return true
		}
	}
	return false
}

func wantGuard(t *testing.T, where string, guards []struct {
	Role     string `json:"role"`
	Name     string `json:"name"`
	Position string `json:"position"`
	Holds    bool   `json:"holds"`
	Verdict  string `json:"verdict"`
}, name, pos string, holds bool, verdict string) {
	t.Helper()
	for _, g := range guards {
		if g.Name == name && g.Position == pos {
			if g.Holds != holds || !strings.Contains(g.Verdict, verdict) {
				t.Errorf("%s: %s at %s: holds %v, %q; want holds %v and %q", where, name, pos, g.Holds, g.Verdict, holds, verdict)
			}
			return
		}
	}
	t.Errorf("%s: no guard %s at %s among %+v", where, name, pos, guards)
}

// TestFindingsSayWhatWasConsidered: the JSON findings carry what phivet
// explain says of the checks called near the flow.
func TestFindingsSayWhatWasConsidered(t *testing.T) {
	needBinary(t)
	dir := exampleService(t)
	res := phivet(t, dir, "-f", "json", "./api")
	var rep struct {
		Findings []struct {
			File       string `json:"file"`
			Line       int    `json:"line"`
			Considered []struct {
				Message string `json:"message"`
			} `json:"considered"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(res.Stdout), &rep); err != nil {
		t.Fatalf("%v\n%s", err, res.Stdout)
	}
	var considered []string
	for _, f := range rep.Findings {
		if strings.HasSuffix(f.File, "api/api.go") && f.Line == 124 {
			for _, c := range f.Considered {
				considered = append(considered, c.Message)
			}
		}
	}
	want := "check api.mayView is called after the sink (api.go:124:2), so it cannot guard it"
	if len(considered) != 1 || !strings.HasPrefix(considered[0], want) {
		t.Errorf("api.go:124: considered %q, want one starting %q", considered, want)
	}
}

// TestExplainSeesTheWholeProgram: without PACKAGES, explain analyses what
// `phivet ./...` run in the same directory does, so a finding that goes
// through an implementation the file's package does not import (wired in
// main) is explained at the position the run reported it; with PACKAGES
// that leave the implementation out, the answer names what was analysed.
func TestExplainSeesTheWholeProgram(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "wired")
	flow := explainJSON(t, dir, "handler/handler.go:18").Flows[0]
	if flow.Code != "PHI1004" || !flow.Reported {
		t.Errorf("handler.go:18: want the reported PHI1004 finding, got %+v", flow)
	}
	res := phivet(t, dir, "explain", "handler/handler.go:18", "./handler")
	want := "handler/handler.go:18: no flow of identifiable data is judged and nothing is reported at this line\npackages analysed: ./handler"
	if res.Code != 0 || !strings.Contains(res.Stdout, want) {
		t.Errorf("phivet explain handler/handler.go:18 ./handler: exit %d, want 0 and output containing %q; stdout:\n%s\nstderr:\n%s",
			res.Code, want, res.Stdout, res.Stderr)
	}
}
