// Package rec declares the records the other two packages encode: what
// encoding/json shows of each depends on its tags, declared here, apart
// from the encoding (facts carry the labels, not the types' tags).
package rec

import (
	"encoding/json"
	"log/slog"
)

// Patient is the source of the data the records are given.
type Patient struct {
	ID   string
	Name string `phi:"direct"`
	NHS  string `phi:"direct"`
}

// Consent holds its identifiable data only where encoding/json does not
// look: a marked field tagged json:"-" and an unexported marked field.
type Consent struct {
	ID      string
	NHS     string `json:"-" phi:"direct"`
	postal  string `phi:"indirect"`
	Comment string `json:"-"` // unmarked, holds whatever it is given
	note    string // unmarked and unexported
}

// Dashed is encoded under the key "-": json:"-," hides nothing.
type Dashed struct {
	ID  string
	NHS string `json:"-," phi:"direct"`
}

// Shown encodes its marked field, and a plain one.
type Shown struct {
	ID      string
	Name    string `json:"name" phi:"direct"`
	Comment string `json:"comment"`
}

// Wrapped embeds a record whose fields encoding/json promotes.
type Wrapped struct {
	Ref string
	Shown
}

// WrappedConsent embeds one whose marked fields it hides.
type WrappedConsent struct {
	Ref string
	Consent
}

// Nested holds a record in a field; HiddenNested hides the field.
type Nested struct {
	Ref     string
	Consent Consent
}

type HiddenNested struct {
	Ref   string
	Shown Shown `json:"-"`
}

// Page is a generic container of records.
type Page[T any] struct {
	Items []T
}

// Token prints and encodes as its surrogate key alone.
type Token struct {
	ID   string
	Name string `phi:"direct"`
}

func (t Token) String() string               { return "token " + t.ID }
func (t Token) LogValue() slog.Value         { return slog.StringValue(t.ID) }
func (t Token) MarshalJSON() ([]byte, error) { return json.Marshal(t.ID) }

// ConsentOf builds a record from a patient: the record's fields hold the
// patient's data, which a fact carries by path.
func ConsentOf(p *Patient) Consent { return Consent{ID: p.ID, NHS: p.NHS, postal: p.Name} }

// NewConsent is ConsentOf returning a pointer.
func NewConsent(p *Patient) *Consent { return &Consent{ID: p.ID, NHS: p.NHS} }

// FillConsent writes a patient's data into a record.
func FillConsent(c *Consent, p *Patient) { c.ID, c.NHS, c.Comment = p.ID, p.NHS, p.Name }

// Envelope has no marked field; its MarshalJSON shows its unexported
// one, whatever it holds.
type Envelope struct{ body string }

func NewEnvelope(s string) Envelope { return Envelope{body: s} }

func (e Envelope) MarshalJSON() ([]byte, error) { return json.Marshal(e.body) }

// Parcel holds an Envelope, which encoding/json encodes by its method.
type Parcel struct {
	Ref      string
	Envelope Envelope
}

// FindConsent loads a record.
//
//phi:source direct
func FindConsent(id string) *Consent { return &Consent{ID: id} }

// FindToken loads a token.
//
//phi:source direct
func FindToken(id string) Token { return Token{ID: id} }

// AnyConsent and AnyToken return a record as any: the caller's static
// type says nothing of it, the record's label (from a fact) does.
func AnyConsent(id string) any { return FindConsent(id) }

func AnyToken(id string) any { return FindToken(id) }

// Code is identifiable by its type; it prints redacted.
//
//phi:source direct
type Code string

func (Code) String() string { return "code(redacted)" }

// AnyCode returns a Code as any.
func AnyCode(id string) any { return Code(id) }
