// Package codes lists phivet's stable finding codes: what each means, which
// analyzer reports it and how severe it is for security dashboards.
//
// The codes are part of the user contract. Never renumber or reuse one.
package codes

import "strings"

// Code is a stable finding code such as "PHI1001".
type Code string

// PHI1xxx: identifiable data reaches a sink unacceptably.
const (
	LogLeak      Code = "PHI1001"
	ExportLeak   Code = "PHI1002"
	TransmitLeak Code = "PHI1003"
	URLLeak      Code = "PHI1004"
)

// PHI2xxx: a guard, a directive or a configuration entry is misused or
// has no effect.
const (
	IgnoredCheck     Code = "PHI2001"
	BadDirective     Code = "PHI2002"
	UnguardedRequire Code = "PHI2003"
	UselessEntry     Code = "PHI2004"
)

// PHI3xxx: code that looks identifiable: a field not marked, a literal
// that looks like a real identifier.
const (
	UnmarkedField  Code = "PHI3001"
	RealIdentifier Code = "PHI3002"
)

// Info describes a code for help output, SARIF rules and -checks.
type Info struct {
	Code  Code
	Name  string // short PascalCase rule name, used as the SARIF rule name
	Title string // one line, shown by -explain and as SARIF shortDescription
	// SecuritySeverity is GitHub code scanning's "security-severity"
	// (0.0–10.0): 9.0+ critical, 7.0+ high, 4.0+ medium, below low.
	SecuritySeverity string
	// Level is the SARIF level: "error", "warning" or "note".
	Level string
}

// All lists every code in order.
var All = []Info{
	{LogLeak, "LogLeak", "identifiable data reaches a log sink unacceptably", "7.5", "error"},
	{ExportLeak, "ExportLeak", "identifiable data reaches an export sink unacceptably", "8.0", "error"},
	{TransmitLeak, "TransmitLeak", "identifiable data is transmitted unacceptably", "8.5", "error"},
	{URLLeak, "URLLeak", "identifiable data is put into a URL (path or query)", "8.0", "error"},
	{IgnoredCheck, "IgnoredCheck", "the result of a disclosure check is ignored", "6.0", "warning"},
	{BadDirective, "BadDirective", "a malformed //phi: directive", "3.0", "warning"},
	{UnguardedRequire, "UnguardedRequire", "a function marked requires is called where its guard does not hold", "7.0", "error"},
	{UselessEntry, "UselessEntry", "a //phi:ignore that suppresses nothing, or a configuration or baseline entry that has no effect", "2.0", "warning"},
	{UnmarkedField, "UnmarkedField", "a field whose name looks identifiable is not marked", "2.0", "note"},
	{RealIdentifier, "RealIdentifier", "a literal looks like a real patient identifier", "6.0", "warning"},
}

// Lookup returns the Info for c.
func Lookup(c Code) (Info, bool) {
	for _, i := range All {
		if i.Code == c {
			return i, true
		}
	}
	return Info{}, false
}

// Tag appends the code to a diagnostic message, " (PHI1001)", so that the
// code shows in every driver: go vet, golangci-lint and gopls print the
// message but not the diagnostic's category.
func Tag(msg string, c Code) string { return msg + " (" + string(c) + ")" }

// Untag removes what Tag appended, for outputs that show the code apart.
func Untag(msg string, c Code) string {
	if s, ok := strings.CutSuffix(msg, " ("+string(c)+")"); ok {
		return s
	}
	return msg
}
