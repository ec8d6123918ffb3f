package phiflow_test

// Tests of phiflow under a phivet.yaml configuration (contract §1
// "Configuration" and §3 "Policy keys"). The configuration reaches the
// analyzers as phidirective's -config flag, as the phivet command sets it.

import (
	"testing"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/phiflow"
)

func TestConfigMarks(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - field: example.com/ehr/model.Patient.Name
    class: direct
  - type: example.com/ehr/model.NHSNumber
    class: direct
  - func: (*example.com/ehr/store.Store).GetPatient
    class: direct
  - func: example.com/ehr/store.ContactFor
    class: direct
  - var: example.com/ehr/store.LastCaller
    class: direct
sinks:
  - func: example.com/ehr/notify.SendSMS
    kind: transmit
  - func: (*example.com/ehr/notify.Pager).Page
    kind: log
  - func: (*example.com/ehr/web.Context).JSON
    kind: respond
checks:
  - func: example.com/ehr/consent.Check
audits:
  - func: (*example.com/ehr/audit.Log).Record
sanitizers:
  - func: example.com/ehr/redact.*
requires:
  - func: example.com/ehr/referral.Send
    guard: check
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/ehr/app")
}

// TestConfigPolicy runs each policy's fixture under that policy; run one
// with, for example, go test -run TestConfigPolicy/logallow.
func TestConfigPolicy(t *testing.T) {
	for _, tc := range []struct {
		name   string // the fixture, example.com/policy/name
		policy string // the phivet.yaml
	}{
		{"strict", "policy: strict\n"},
		{"logallow", "policy:\n  log: allow\n"},
		{"transmitcheck", "policy:\n  transmit: check\n"},
		{"respondallow", "policy:\n  respond: allow\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			phitest.UseConfig(t, tc.policy)
			phitest.Run(t, phiflow.Analyzer, "example.com/policy/"+tc.name)
		})
	}
}

// TestConfigMarkedInterface: an interface method marked a source or a
// sink still dispatches to its implementations (contract §3).
func TestConfigMarkedInterface(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - func: (example.com/markediface.Notes).Read
    class: clinical
sinks:
  - func: (example.com/markediface.Outbox).Post
    kind: transmit
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/markediface")
}

// TestConfigMarkedPaths: a field marked in the configuration passes its
// mark to what is read below it, as a tagged one does (contract §3).
func TestConfigMarkedPaths(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - field: example.com/markedpaths/configured.Visit.Names
    class: direct
  - field: example.com/markedpaths/configured.Name.Key
    class: "-"
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/markedpaths/configured")
}

// TestConfigMarksRetypedCopies: a record's MarshalJSON that encodes a
// re-typed copy (type OtherVisit Visit) encodes the fields the
// configuration marks on the record.
func TestConfigMarksRetypedCopies(t *testing.T) {
	phitest.UseConfig(t, `
sources:
  - field: example.com/retyped.Visit.Reason
    class: clinical
`)
	phitest.Run(t, phiflow.Analyzer, "example.com/retyped")
}
