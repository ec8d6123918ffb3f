package flowmap

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
)

func sample() *Map {
	return &Map{Version: Version, Tool: "phivet test", Packages: []string{"example.com/clinic/api"},
		Summary: Summary{Data: 1, Flows: 3, Acceptable: 1, Findings: 1, Suppressed: 1},
		Data: []Data{{Name: "Patient.Name", Kind: "field", Class: "direct",
			Marks: []Mark{{How: "tag", Decl: "example.com/clinic/model.Patient.Name", File: "model/model.go", Line: 9}},
			Flows: []Flow{
				{File: "api/api.go", Line: 10, Sink: "log.Printf", Kind: "log", Status: "checked", Acceptable: true, Code: "PHI1001", Why: "checked"},
				{File: "api/api.go", Line: 20, Sink: "log.Printf", Kind: "log", Status: "unguarded", Code: "PHI1001", Why: "without a disclosure check or an audit call", Reported: true},
				{File: "api/api.go", Line: 30, Sink: "fmt.Fprintf", Kind: "respond", Status: "suppressed", Code: "PHI1003", Reason: "a | pipe <b>"},
			}}},
		Requires: []Flow{}, Unmarked: []Unmarked{{Name: "Referral.Postcode", Looks: "postcode or ZIP code", Class: "indirect", File: "m.go", Line: 3, Reported: true}},
	}
}

func TestMermaid(t *testing.T) {
	got := Mermaid(sample())
	want := `flowchart LR
  d0["Patient.Name (direct)"]
  s0(["log.Printf (log)"])
  s1(["fmt.Fprintf (respond)"])
  d0 -->|"checked, unguarded"| s0
  d0 -->|"suppressed"| s1
  linkStyle 0,1 stroke:#d73a49,stroke-width:2px
`
	if got != want {
		t.Errorf("Mermaid:\n%s\nwant:\n%s", got, want)
	}
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, sample()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1 identifiable data, 3 flows to sinks: 1 acceptable, 1 findings, 1 suppressed.",
		"```mermaid\nflowchart LR\n",
		"Class `direct`, field. Marked by tag at `model/model.go:9`.",
		"| `log.Printf` | log | `api/api.go:10` | `` | checked |",
		"unguarded: without a disclosure check or an audit call (PHI1001)",
		"suppressed (PHI1003): a \\| pipe <b>",
		"| `Referral.Postcode` | postcode or ZIP code | `indirect` | `m.go:3` |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, b.String())
		}
	}
}

func TestHTML(t *testing.T) {
	var b bytes.Buffer
	if err := HTML(&b, sample()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"<!DOCTYPE html>", "<svg", "a | pipe &lt;b&gt;", `class="bad"`, `class="ok"`} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(out, "<script") || strings.Contains(out, "<b>") {
		t.Error("HTML has a script or unescaped text")
	}
}

func TestJSONSchema(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "tool", "packages", "summary", "data", "requires", "unmarked"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	flow := m["data"].([]any)[0].(map[string]any)["flows"].([]any)[0].(map[string]any)
	for _, k := range []string{"file", "line", "column", "function", "sink", "kind", "status", "acceptable", "code", "why", "reason", "reported"} {
		if _, ok := flow[k]; !ok {
			t.Errorf("a flow lacks %q", k)
		}
	}
}

func TestStatus(t *testing.T) {
	for _, c := range []struct {
		v    phiflow.Verdict
		g    taint.Guards
		want string
	}{
		{phiflow.Verdict{Acceptable: true, Why: "checked"}, taint.Guards{Check: true}, "checked"},
		{phiflow.Verdict{Acceptable: true, Why: "sanitized"}, taint.Guards{}, "sanitized"},
		{phiflow.Verdict{Why: "without an audit call"}, taint.Guards{Check: true}, "insufficient"},
		{phiflow.Verdict{Why: "without a disclosure check"}, taint.Guards{}, "unguarded"},
		{phiflow.Verdict{Suppressed: "why"}, taint.Guards{}, "suppressed"},
	} {
		if got := status(c.v, c.g); got != c.want {
			t.Errorf("status(%+v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestDedupe(t *testing.T) {
	fs := dedupe([]Flow{{File: "b", Line: 1}, {File: "a", Line: 2}, {File: "b", Line: 1}})
	if len(fs) != 2 || fs[0].File != "a" {
		t.Errorf("dedupe = %+v", fs)
	}
}

func TestCSV(t *testing.T) {
	m := sample()
	m.Data[0].Name = "Patient.Name, full"
	m.Data[0].Flows[0].Recipient = "logger h.Log"
	var b bytes.Buffer
	if err := CSV(&b, m); err != nil {
		t.Fatal(err)
	}
	want := "data item,class,recipient,sink kind,guard,file:line\n" +
		"\"Patient.Name, full\",direct,logger h.Log,log,checked,api/api.go:10\n" +
		"\"Patient.Name, full\",direct,unknown,log,unguarded,api/api.go:20\n" +
		"\"Patient.Name, full\",direct,unknown,respond,suppressed,api/api.go:30\n"
	if b.String() != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestLooksLikeFile(t *testing.T) {
	for s, want := range map[string]bool{
		"/var/export/patients.csv": true,
		"exports/out.json":         true,
		"out.json":                 true,
		"patient.registered":       false,
		"opened %s":                false,
		"done.":                    false,
		"":                         false,
	} {
		if got := looksLikeFile(s); got != want {
			t.Errorf("looksLikeFile(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPackageLogger(t *testing.T) {
	for sink, want := range map[string]string{
		"slog.Error":  "logger slog (package default)",
		"log.Printf":  "logger log (package default)",
		"fmt.Println": "standard output",
		"fmt.Fprintf": "unknown", // the writer is not shown
	} {
		fl := taint.Flow{Sink: taint.SinkDesc{Name: sink, Kind: vocab.KindLog}}
		if got := recipient(Package{}, fl); got != want {
			t.Errorf("recipient of %s = %q, want %q", sink, got, want)
		}
	}
}
