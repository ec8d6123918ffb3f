package config

import (
	"strconv"
	"strings"
	"testing"
)

func TestUseless(t *testing.T) {
	for _, tc := range []struct {
		name string
		yaml string
		want []string // "LINE KEY substring of the message"
	}{
		{"a sink shadowed by a broader later one", `
sinks:
  - func: example.com/notify.SendSMS
    kind: transmit
  - func: example.com/notify.*
    kind: log
`, []string{"3 sinks[0].func shadowed by example.com/notify.*"}},
		{"a narrower sink of the same kind after a broader one", `
sinks:
  - func: example.com/notify.*
    kind: transmit
  - func: example.com/notify.SendSMS
    kind: transmit
`, []string{"5 sinks[1].func says the same"}},
		{"a narrower sink of another kind after a broader one decides", `
sinks:
  - func: example.com/notify.*
    kind: transmit
  - func: example.com/notify.Log
    kind: log
`, nil},
		{"a duplicate", `
checks:
  - func: example.com/consent.Check
  - func: example.com/consent.Check
`, []string{"4 checks[1].func named again"}},
		{"a sanitizer that is also a source", `
sources:
  - func: example.com/ehr/redact.Name
    class: direct
sanitizers:
  - func: example.com/ehr/redact.*
`, []string{"3 sources[0].func also a sanitizer (sanitizers[0].func, line 6)"}},
		{"sources of different kinds do not shadow each other", `
sources:
  - type: example.com/ehr.Patient
    class: direct
  - field: example.com/ehr.Patient.Name
    class: direct
`, nil},
		{"a broader wildcard covers a narrower one", `
audits:
  - func: (*example.com/audit.Log).Record*
  - func: (*example.com/audit.Log).*
`, []string{"3 audits[0].func shadowed by (*example.com/audit.Log).*"}},
		{"overlapping but not covering", `
sanitizers:
  - func: example.com/redact.Name*
  - func: example.com/redact.*Name
`, nil},
		{"a sub-package is not covered", `
sanitizers:
  - func: example.com/redact/deep.Name
  - func: example.com/redact.*
`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse("phivet.yaml", []byte(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			got := c.Useless()
			if len(got) != len(tc.want) {
				t.Fatalf("got %d useless entries %+v, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				parts := strings.SplitN(w, " ", 3)
				g := got[i]
				if parts[0] != strconv.Itoa(g.Line) || parts[1] != g.Key || !strings.Contains(g.Msg, parts[2]) {
					t.Errorf("got %d %s %q, want %s", g.Line, g.Key, g.Msg, w)
				}
			}
		})
	}
}
