package config

import "github.com/phivet/phivet/analyzers/vocab"

// The data classes, sink kinds and guards are package vocab's, shared
// with the directives, the facts, the catalog and the engine. The words
// below are the configuration's own.

// PolicyValue says what makes a flow to one sink kind acceptable.
type PolicyValue string

const (
	PolicyAny        PolicyValue = "any" // a check or an audit
	PolicyCheck      PolicyValue = "check"
	PolicyAudit      PolicyValue = "audit"
	PolicyCheckAudit PolicyValue = "check+audit"
	PolicySanitize   PolicyValue = "sanitize" // guards do not help; only sanitizers do
	PolicyAllow      PolicyValue = "allow"    // every flow of this kind is acceptable
)

// PolicyValues lists the valid policy values.
var PolicyValues = []PolicyValue{PolicyAny, PolicyCheck, PolicyAudit, PolicyCheckAudit, PolicySanitize, PolicyAllow}

// ParsePolicyValue checks a policy value word. The error's text is meant
// to be shown to the user as is, after a position.
func ParsePolicyValue(s string) (PolicyValue, error) {
	return vocab.ParseWord(s, PolicyValues, "policy value")
}

func (v PolicyValue) String() string { return string(v) }

// Valid reports whether v is one of PolicyValues.
func (v PolicyValue) Valid() bool { _, err := ParsePolicyValue(string(v)); return err == nil }
