package vocab

// Guard names what a `requires` function needs at each of its calls.
type Guard uint8

const (
	GuardNone  Guard = iota // no guard required
	GuardCheck              // a disclosure check
	GuardAudit              // an audit call
)

// GuardWords lists the guards a user may write.
var GuardWords = []Guard{GuardCheck, GuardAudit}

// ParseGuard reads a guard word.
func ParseGuard(s string) (Guard, error) {
	return ParseWord(s, GuardWords, "guard")
}

// guardSpelling spells each guard; GuardNone (and a value past the
// table) is "".
var guardSpelling = []string{GuardNone: "", GuardCheck: "check", GuardAudit: "audit"}

// String is the guard's word: "check"; "" for GuardNone.
func (g Guard) String() string { return spell(guardSpelling, g) }

// MarshalText writes the guard's word, for the configuration's JSON form.
func (g Guard) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText reads a guard word; an unknown word reads as GuardNone
// without an error (see Class.UnmarshalText).
func (g *Guard) UnmarshalText(b []byte) error { return readWord(g, b, GuardWords) }
