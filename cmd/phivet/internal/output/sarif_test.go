package output

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/docs"
)

func TestSARIFRules(t *testing.T) {
	raw := write(t, func(b *bytes.Buffer) error {
		return SARIF(b, nil, Options{ToolVersion: "v0.1.0", HelpBaseURI: DefaultHelpBaseURI})
	})
	v := decode(t, raw)
	if s := str(t, v, "$schema"); !strings.Contains(s, "sarif-2.1.0") {
		t.Errorf("$schema = %q", s)
	}
	if s := str(t, v, "version"); s != "2.1.0" {
		t.Errorf("version = %q", s)
	}
	if n := len(get(t, v, "runs").([]any)); n != 1 {
		t.Fatalf("%d runs, want 1", n)
	}
	driver := get(t, v, "runs", 0, "tool", "driver")
	for key, want := range map[string]string{"name": "phivet", "version": "0.1.0", "informationUri": InformationURI} {
		if got := str(t, driver, key); got != want {
			t.Errorf("driver.%s = %q, want %q", key, got, want)
		}
	}
	rules := get(t, driver, "rules").([]any)
	if len(rules) != len(codes.All) {
		t.Fatalf("%d rules, want one per code (%d)", len(rules), len(codes.All))
	}
	for i, info := range codes.All {
		r := rules[i]
		c := string(info.Code)
		md, _ := docs.Code(c)
		text, _ := docs.CodeText(c)
		for _, kv := range [][2]any{
			{[]any{"id"}, c},
			{[]any{"name"}, info.Name},
			{[]any{"shortDescription", "text"}, info.Title},
			{[]any{"help", "markdown"}, md},
			{[]any{"help", "text"}, text},
			{[]any{"helpUri"}, DefaultHelpBaseURI + c + ".md"},
			{[]any{"defaultConfiguration", "level"}, info.Level},
			{[]any{"properties", "security-severity"}, info.SecuritySeverity},
			{[]any{"properties", "tags"}, "[security phi]"},
			{[]any{"properties", "precision"}, "high"},
		} {
			if got := str(t, r, kv[0].([]any)...); got != kv[1] {
				t.Errorf("%s %v = %q, want %q", c, kv[0], got, kv[1])
			}
		}
		if md == "" || !strings.HasPrefix(md, "# "+c+": ") {
			t.Errorf("%s: help markdown is not the code page", c)
		}
		if full := str(t, r, "fullDescription", "text"); len(full) <= len(info.Title) {
			t.Errorf("%s: fullDescription %q says no more than the title", c, full)
		}
	}
	// An empty run still has "results": [], which tells code scanning that
	// earlier alerts are fixed; and no base URI without a Root.
	if !bytes.Contains(raw, []byte(`"results": []`)) {
		t.Errorf("empty run lacks \"results\": []")
	}
	if bytes.Contains(raw, []byte("originalUriBaseIds")) {
		t.Errorf("originalUriBaseIds without a Root")
	}
}

func TestSARIFResults(t *testing.T) {
	root, fs := fixture(t)
	raw := write(t, func(b *bytes.Buffer) error { return SARIF(b, fs, Options{Root: root}) })
	v := decode(t, raw)
	run := get(t, v, "runs", 0)
	if got, want := str(t, run, "originalUriBaseIds", "%SRCROOT%", "uri"), "file://"+filepath.ToSlash(root)+"/"; got != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", got, want)
	}
	if bytes.Contains(raw, []byte(`"helpUri"`)) {
		t.Errorf("helpUri without a HelpBaseURI")
	}
	results := get(t, run, "results").([]any)
	if len(results) != len(fs) {
		t.Fatalf("%d results, want %d", len(results), len(fs))
	}
	rules := get(t, run, "tool", "driver", "rules").([]any)
	for i := range results {
		idx := int(get(t, results, i, "ruleIndex").(float64))
		if str(t, rules, idx, "id") != str(t, results, i, "ruleId") {
			t.Errorf("result %d: ruleIndex %d is not rule %s", i, idx, str(t, results, i, "ruleId"))
		}
		info, _ := codes.Lookup(codes.Code(str(t, results, i, "ruleId")))
		if got := str(t, results, i, "level"); got != info.Level {
			t.Errorf("result %d: level %q, want %q", i, got, info.Level)
		}
	}

	r := results[2] // PHI1001 at ward/admit.go:42:2 with two steps
	for _, kv := range [][2]any{
		{[]any{"ruleId"}, "PHI1001"},
		{[]any{"message", "text"}, fs[1].Message},
		{[]any{"locations", 0, "physicalLocation", "artifactLocation", "uri"}, "ward/admit.go"},
		{[]any{"locations", 0, "physicalLocation", "artifactLocation", "uriBaseId"}, "%SRCROOT%"},
		{[]any{"locations", 0, "physicalLocation", "region", "startLine"}, "42"},
		{[]any{"locations", 0, "physicalLocation", "region", "startColumn"}, "2"},
		{[]any{"partialFingerprints", "phivet/v1"}, Fingerprint(fs[1], root) + ":2"},
		{[]any{"relatedLocations", 0, "id"}, "1"},
		{[]any{"relatedLocations", 0, "message", "text"}, `Patient.Name is marked phi:"direct"`},
		{[]any{"relatedLocations", 0, "physicalLocation", "artifactLocation", "uri"}, "model/patient.go"},
		{[]any{"relatedLocations", 1, "id"}, "2"},
		{[]any{"relatedLocations", 1, "physicalLocation", "region", "startLine"}, "40"},
	} {
		if got := str(t, r, kv[0].([]any)...); got != kv[1] {
			t.Errorf("result %v = %q, want %q", kv[0], got, kv[1])
		}
	}
	if fps := get(t, r, "partialFingerprints").(map[string]any); len(fps) != 1 {
		t.Errorf("partialFingerprints = %v, want only %s", fps, FingerprintKey)
	}
	// codeFlows: the two steps, then the sink.
	flow := get(t, r, "codeFlows", 0, "threadFlows", 0, "locations").([]any)
	var got []string
	for i := range flow {
		loc := get(t, flow, i, "location")
		got = append(got, fmt.Sprintf("%s:%s %s",
			str(t, loc, "physicalLocation", "artifactLocation", "uri"),
			str(t, loc, "physicalLocation", "region", "startLine"),
			str(t, loc, "message", "text")))
	}
	want := []string{
		`model/patient.go:9 Patient.Name is marked phi:"direct"`,
		"ward/admit.go:40 read into name",
		"ward/admit.go:42 " + fs[1].Message,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("thread flow:\n got %q\nwant %q", got, want)
	}

	// Findings without steps have neither codeFlows nor relatedLocations.
	for _, key := range []string{"codeFlows", "relatedLocations"} {
		if _, ok := results[0].(map[string]any)[key]; ok {
			t.Errorf("step-less result has %s", key)
		}
	}
	// Outside the root: an absolute file URI without a base.
	out := get(t, results, 4, "locations", 0, "physicalLocation", "artifactLocation").(map[string]any)
	wantURI := "file://" + filepath.ToSlash(filepath.Join(filepath.Dir(root), "zz-outside", "gen.go"))
	if out["uri"] != wantURI || out["uriBaseId"] != nil {
		t.Errorf("outside-root artifactLocation = %v, want uri %s and no uriBaseId", out, wantURI)
	}
}

func TestSARIFEdges(t *testing.T) {
	root := t.TempDir()
	sink := Position{filepath.Join(root, "a.go"), 5, 3}
	fs := []Finding{
		// The last step is the sink itself: it is not repeated in the flow.
		{Code: "PHI1003", Message: "m", Pos: sink, Steps: []Step{
			{Pos: Position{filepath.Join(root, "b.go"), 1, 1}, Message: "source"},
			{Pos: sink, Message: "sent"},
		}},
		// A code phivet does not know (a bug elsewhere) still yields a result.
		{Code: "PHI9999", Message: "odd", Pos: Position{filepath.Join(root, "c.go"), 1, 0}},
	}
	v := decode(t, write(t, func(b *bytes.Buffer) error { return SARIF(b, fs, Options{Root: root}) }))
	if n := len(get(t, v, "runs", 0, "results", 0, "codeFlows", 0, "threadFlows", 0, "locations").([]any)); n != 2 {
		t.Errorf("thread flow has %d locations, want 2 (no duplicated sink)", n)
	}
	odd := get(t, v, "runs", 0, "results", 1).(map[string]any)
	if _, ok := odd["ruleIndex"]; ok || odd["level"] != "warning" {
		t.Errorf("unknown code: %v; want no ruleIndex and level warning", odd)
	}
	region := get(t, odd, "locations", 0, "physicalLocation", "region").(map[string]any)
	if _, ok := region["startColumn"]; ok {
		t.Errorf("column 0 must be omitted, SARIF columns start at 1: %v", region)
	}
}

func TestSARIFNeedsLocations(t *testing.T) {
	var b bytes.Buffer
	err := SARIF(&b, []Finding{{Code: "PHI1001", Message: "m"}}, Options{})
	if err == nil || b.Len() != 0 {
		t.Errorf("SARIF of a finding without a file: err %v, wrote %d bytes; want an error and nothing written", err, b.Len())
	}
}

func TestSARIFToolVersion(t *testing.T) {
	for in, want := range map[string]string{"v0.1.0": "0.1.0", "0.2.0": "0.2.0", "(devel)": "(devel)", "v": "v", "": ""} {
		if got := sarifToolVersion(in); got != want {
			t.Errorf("sarifToolVersion(%q) = %q, want %q", in, got, want)
		}
	}
}
