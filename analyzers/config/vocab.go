package config

import (
	"fmt"
	"strings"
)

// The vocabulary below is shared by phivet.yaml and //phi: directives (the
// directive package imports it), so the two ways of marking code accept the
// same words and reject bad ones with the same message.

// Class says how a value identifies a patient.
type Class string

const (
	ClassDirect   Class = "direct"   // identifies a person on its own: name, NHS number
	ClassIndirect Class = "indirect" // identifies in combination: date of birth, postcode
	ClassClinical Class = "clinical" // confidential health information: diagnosis, notes
	ClassNone     Class = "-"        // explicitly not identifiable: surrogate keys
)

// Classes lists the valid classes in the order messages show them.
var Classes = []Class{ClassDirect, ClassIndirect, ClassClinical, ClassNone}

// Kind is the kind of a sink: where a disclosure goes.
type Kind string

const (
	KindLog      Kind = "log"
	KindExport   Kind = "export"
	KindTransmit Kind = "transmit"
	// Respond is a response to the caller. It is reported as a transmit
	// finding but has a policy key of its own, because many services
	// authorise in middleware rather than next to the write.
	KindRespond Kind = "respond"
)

// Kinds lists the valid sink kinds.
var Kinds = []Kind{KindLog, KindExport, KindTransmit, KindRespond}

// Guard names what a `requires` function needs at each of its calls.
type Guard string

const (
	GuardCheck Guard = "check"
	GuardAudit Guard = "audit"
)

// Guards lists the valid guards.
var Guards = []Guard{GuardCheck, GuardAudit}

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

// ParseClass checks a class word. The error's text is meant to be shown to
// the user as is, after a position.
func ParseClass(s string) (Class, error) {
	return parseWord(s, Classes, "class")
}

// ParseKind checks a sink kind word.
func ParseKind(s string) (Kind, error) {
	return parseWord(s, Kinds, "sink kind")
}

// ParseGuard checks a guard word.
func ParseGuard(s string) (Guard, error) {
	return parseWord(s, Guards, "guard")
}

// ParsePolicyValue checks a policy value word.
func ParsePolicyValue(s string) (PolicyValue, error) {
	return parseWord(s, PolicyValues, "policy value")
}

// Valid reports whether c is one of Classes.
func (c Class) Valid() bool { _, err := ParseClass(string(c)); return err == nil }

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { _, err := ParseKind(string(k)); return err == nil }

// Valid reports whether g is one of Guards.
func (g Guard) Valid() bool { _, err := ParseGuard(string(g)); return err == nil }

// Valid reports whether v is one of PolicyValues.
func (v PolicyValue) Valid() bool { _, err := ParsePolicyValue(string(v)); return err == nil }

// parseWord is exact: words are case-sensitive, as in Go struct tags, so
// that a tag, a directive and the configuration all spell a class one way.
func parseWord[T ~string](s string, valid []T, what string) (T, error) {
	for _, v := range valid {
		if string(v) == s {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown %s %q (want %s)", what, s, OneOf(valid))
}

// OneOf lists words for a message: "a, b or c".
func OneOf[T ~string](words []T) string {
	var b strings.Builder
	for i, w := range words {
		switch {
		case i == 0:
		case i == len(words)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(string(w))
	}
	return b.String()
}
