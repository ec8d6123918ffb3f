package vocab

// Kind is the kind of a sink: where a disclosure goes.
type Kind uint8

const (
	KindNone     Kind = iota // not a sink
	KindLog                  // logs, standard output and error
	KindExport               // files, telemetry, metrics
	KindTransmit             // requests and messages to other systems
	// KindRespond is a response to the caller. It is reported as a
	// transmit finding but has a policy key of its own, because many
	// services authorise in middleware rather than next to the write.
	KindRespond
)

// KindWords lists the sink kinds a user may write, in the order messages
// show them.
var KindWords = []Kind{KindLog, KindExport, KindTransmit, KindRespond}

// ParseKind reads a sink kind word.
func ParseKind(s string) (Kind, error) {
	return ParseWord(s, KindWords, "sink kind")
}

// kindSpelling spells each sink kind; KindNone (and a value past the
// table) is "none".
var kindSpelling = []string{KindNone: "none", KindLog: "log", KindExport: "export", KindTransmit: "transmit", KindRespond: "respond"}

// String is the kind's word: "log"; "none" for KindNone.
func (k Kind) String() string { return spell(kindSpelling, k) }

// MarshalText writes the kind's word, for the configuration's JSON form.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind word; an unknown word reads as KindNone
// without an error (see Class.UnmarshalText).
func (k *Kind) UnmarshalText(b []byte) error { return readWord(k, b, KindWords) }
