package main_test

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// TestMapRecipientsCSV: `phivet map -f csv` is a record-of-processing
// table, each flow's recipient read from the sink call.
func TestMapRecipientsCSV(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "mapmod")
	res := phivet(t, dir, "map", "-f", "csv", "./...")
	if res.Code != 0 {
		t.Fatalf("exit %d, want 0\nstderr:\n%s", res.Code, res.Stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(res.Stdout)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, res.Stdout)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "data item,class,recipient,sink kind,guard,file:line" {
		t.Fatalf("header %v", rows)
	}
	got := map[string]string{} // line → the row without its location
	for _, r := range rows[1:] {
		_, line, _ := strings.Cut(r[5], "outbound.go:")
		got[line] = strings.Join(r[:5], ",")
	}
	for line, want := range map[string]string{
		"28": "Patient.Name,direct,logger log (package default),log,unguarded",
		"29": "Patient.Name,direct,logger s.Trail,log,unguarded",
		"30": "Patient.Name,direct,host reports.example.org,transmit,unguarded",
		"33": "Patient.Name,direct,unknown,transmit,unguarded",
		"36": "Patient.Name,direct,file /var/export/patients.csv,export,unguarded",
		"40": "Patient.Name,direct,logger log (package default),log,suppressed",
	} {
		if got[line] != want {
			t.Errorf("outbound.go:%s: row %q, want %q", line, got[line], want)
		}
	}
	if len(rows) != 7 {
		t.Errorf("%d rows, want a header and 6:\n%s", len(rows), res.Stdout)
	}
}

// TestMapRecipientsAndSuppressions: the JSON map has each flow's
// recipient and every //phi:ignore with its reason; the Markdown groups
// sinks by recipient and lists the suppressions.
func TestMapRecipientsAndSuppressions(t *testing.T) {
	needBinary(t)
	dir := fixture(t, "mapmod")
	res := phivet(t, dir, "map", "-f", "json", "./...")
	var m struct {
		Suppressions []struct {
			File   string `json:"file"`
			Line   int    `json:"line"`
			Reason string `json:"reason"`
			Flows  int    `json:"flows"`
		} `json:"suppressions"`
		Data []struct {
			Flows []struct {
				Line      int    `json:"line"`
				Recipient string `json:"recipient"`
			} `json:"flows"`
		} `json:"data"`
	}
	if err := json.Unmarshal([]byte(res.Stdout), &m); err != nil {
		t.Fatalf("%v\n%s", err, res.Stdout)
	}
	if len(m.Suppressions) != 1 || m.Suppressions[0].Line != 40 || m.Suppressions[0].Flows != 1 ||
		m.Suppressions[0].Reason != "the operator's console is inside the secure enclave" || !strings.HasSuffix(m.Suppressions[0].File, "mapmod/outbound.go") {
		t.Errorf("suppressions = %+v", m.Suppressions)
	}
	if len(m.Data) != 1 || len(m.Data[0].Flows) != 6 || m.Data[0].Flows[2].Recipient != "host reports.example.org" {
		t.Errorf("data = %+v", m.Data)
	}

	md := phivet(t, dir, "map", "./...").Stdout
	for _, want := range []string{
		"## Recipients\n",
		"### host reports.example.org\n",
		"### file /var/export/patients.csv\n",
		"### logger s.Trail\n",
		"## Suppressions (//phi:ignore)\n",
		"| the operator's console is inside the secure enclave | 1 |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown map lacks %q:\n%s", want, md)
		}
	}
	if i, j := strings.Index(md, "### logger s.Trail"), strings.Index(md, "### unknown"); i < 0 || j < i {
		t.Errorf("unknown recipients are not listed last:\n%s", md)
	}
}
