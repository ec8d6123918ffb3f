package config

import (
	"fmt"
	"os"

	"github.com/phivet/phivet/analyzers/vocab"
)

// FileName is the name Find looks for.
const FileName = "phivet.yaml"

// Config is a parsed, validated phivet.yaml. Every name in it is well formed
// and every word is valid, so the analyzers never re-check it; a name that
// matches nothing in the program is theirs to warn about (Entry.Line says
// where it was written).
type Config struct {
	File       string      `json:"file,omitempty"` // path it was loaded from ("" for none)
	Sources    []Source    `json:"sources,omitempty"`
	Sinks      []Sink      `json:"sinks,omitempty"`
	Checks     []FuncRef   `json:"checks,omitempty"`
	Audits     []FuncRef   `json:"audits,omitempty"`
	Sanitizers []Sanitizer `json:"sanitizers,omitempty"`
	Requires   []Require   `json:"requires,omitempty"`
	Policy     Policy      `json:"policy"`
	// Packs holds the profile of each pack the file names; a pack it
	// does not name has the default profile (see PackProfile).
	Packs map[string]PackProfile `json:"packs,omitempty"`
}

// Entry is embedded in every list entry so that a warning about it can name
// the line it came from.
type Entry struct {
	Line int `json:"line,omitempty"`
}

// Source marks identifiable data. Exactly one of Field, Type, Func, Var
// and Tag is set.
type Source struct {
	Entry
	Field string `json:"field,omitempty"` // pkg/path.Type.Field (or .Field.Field… into anonymous structs)
	Type  string `json:"type,omitempty"`  // pkg/path.Type
	Func  string `json:"func,omitempty"`  // its non-error results are identifiable
	Var   string `json:"var,omitempty"`   // pkg/path.Name of a package-level var
	// Tag and Match mark the fields whose struct tag Tag has a value
	// that the regular expression Match matches.
	Tag   string `json:"tag,omitempty"`
	Match string `json:"match,omitempty"`
	// Keys makes a Func source keyed: a call's results have the class of
	// the key its argument Arg (0 is the first argument after any
	// receiver) names, and nothing when the argument names no key. A key
	// is a package-level variable or constant written pkgname.Name, or a
	// string constant (a path such as "PID.5", which also matches the
	// paths under it). Class is unset for a keyed source.
	Arg   int                    `json:"arg,omitempty"`
	Keys  map[string]vocab.Class `json:"keys,omitempty"`
	Class vocab.Class            `json:"class,omitempty"`
}

// Key says which of Field, Type, Func, Var and Tag is set: "field",
// "type", "func", "var" or "tag".
func (s Source) Key() string {
	switch {
	case s.Field != "":
		return "field"
	case s.Type != "":
		return "type"
	case s.Func != "":
		return "func"
	case s.Var != "":
		return "var"
	case s.Tag != "":
		return "tag"
	}
	return ""
}

// Name is the one name that is set (the tag key for a tag source).
func (s Source) Name() string { return s.Field + s.Type + s.Func + s.Var + s.Tag }

// Keyed reports whether s is a keyed function source.
func (s Source) Keyed() bool { return s.Keys != nil }

// Sink makes every argument of a function a sink of Kind.
type Sink struct {
	Entry
	Func string     `json:"func"`
	Kind vocab.Kind `json:"kind"`
}

// FuncRef names a disclosure check or an audit call.
type FuncRef struct {
	Entry
	Func string `json:"func"`
}

// Sanitizer names a function whose results are not identifiable. Classes,
// when given, says which classes it removes; it is used for suggested fixes
// only, so an empty list does not weaken the sanitizer.
type Sanitizer struct {
	Entry
	Func    string        `json:"func"`
	Classes []vocab.Class `json:"classes,omitempty"`
}

// Require names a function whose calls must each be guarded by Guard.
type Require struct {
	Entry
	Func  string      `json:"func"`
	Guard vocab.Guard `json:"guard"`
}

// Policy says per sink kind what makes a flow acceptable. After Load, Parse
// or Decode every field is set, so the analyzers need no defaults of their own.
type Policy struct {
	Log      PolicyValue `json:"log"`
	Export   PolicyValue `json:"export"`
	Transmit PolicyValue `json:"transmit"`
	Respond  PolicyValue `json:"respond"`
}

// StrictPolicy is what `policy: strict` means.
var StrictPolicy = Policy{
	Log:      PolicySanitize,
	Export:   PolicyCheckAudit,
	Transmit: PolicyCheckAudit,
	Respond:  PolicyCheckAudit,
}

// For returns the value for sink kind k ("" for KindNone).
func (p Policy) For(k vocab.Kind) PolicyValue {
	switch k {
	case vocab.KindLog:
		return p.Log
	case vocab.KindExport:
		return p.Export
	case vocab.KindTransmit:
		return p.Transmit
	case vocab.KindRespond:
		return p.Respond
	}
	return ""
}

// resolved fills unset values: "any", except that respond follows transmit,
// because a response is a transmission whose guard may sit elsewhere and a
// user who tightened transmit most likely meant responses too.
func (p Policy) resolved() Policy {
	for _, v := range []*PolicyValue{&p.Log, &p.Export, &p.Transmit} {
		if *v == "" {
			*v = PolicyAny
		}
	}
	if p.Respond == "" {
		p.Respond = p.Transmit
	}
	return p
}

// Default is the configuration used when there is no phivet.yaml: nothing
// beyond the built-in sinks, and the "any" policy everywhere.
func Default() *Config {
	return &Config{Policy: Policy{}.resolved()}
}

// Load reads and parses the file at path. A missing file is an error here;
// use Find to look for one that may not exist.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading phivet configuration: %w", err)
	}
	return Parse(path, data)
}
