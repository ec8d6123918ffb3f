// Package model is the test module's patient record, its guards and
// types whose printing methods redact (Card) or reveal (Badge) the name.
package model

import (
	"encoding/json"
	"log/slog"
	"time"

	"github.com/rs/zerolog"
	"go.uber.org/zap/zapcore"
)

// Patient is a record: a struct with marked fields.
type Patient struct {
	ID        string // surrogate key: not identifiable
	Ward      string
	Visits    int
	Name      string    `json:"name" phi:"direct"`
	NHSNumber string    `json:"nhs" phi:"direct"`
	Photo     []byte    `json:"-" phi:"direct"`
	Postcode  string    `json:"postcode" phi:"indirect"`
	Age       int       `json:"age" phi:"indirect"`
	Admitted  time.Time `json:"admitted" phi:"indirect"`
	Weight    float64   `json:"weight" phi:"clinical"`
	Diagnosis string    `json:"diagnosis" phi:"clinical"`
	Diabetic  bool      `json:"diabetic" phi:"clinical"`
	Notes     []string  `json:"notes" phi:"clinical"`
}

// Allowed is a disclosure check.
//
//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

// Redact pseudonymises a value.
//
//phi:sanitize
func Redact(s string) string { return "***" }

// Err is an error that names the patient.
func Err(p *Patient) error { return &NameError{Name: p.Name} }

// NameError carries a name in its message.
type NameError struct {
	Name string `phi:"direct"`
}

func (e *NameError) Error() string { return "no consent from " + e.Name }

// Card prints as its surrogate key alone, whichever printer is used.
type Card struct {
	ID   string
	Name string `json:"name" phi:"direct"`
}

func (c Card) String() string               { return "card " + c.ID }
func (c Card) LogValue() slog.Value         { return slog.StringValue(c.ID) }
func (c Card) MarshalJSON() ([]byte, error) { return json.Marshal(c.ID) }
func (c Card) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", c.ID)
	return nil
}
func (c Card) MarshalZerologObject(e *zerolog.Event) { e.Str("id", c.ID).Int("n", len(c.Name)) }

// Badge prints its name, whichever printer is used.
type Badge struct {
	ID   string
	Name string `json:"name" phi:"direct"`
}

func (b Badge) String() string               { return b.ID + " " + b.Name }
func (b Badge) LogValue() slog.Value         { return slog.StringValue(b.Name) }
func (b Badge) MarshalJSON() ([]byte, error) { return json.Marshal(b.Name) }
func (b Badge) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", b.ID)
	enc.AddString("name", b.Name)
	return nil
}
func (b Badge) MarshalZerologObject(e *zerolog.Event) { e.Str("id", b.ID).Str("name", b.Name) }

// Request is a message as protoc-gen-go would generate it. It has a
// marked field, so it is a record: sent whole, it is identifiable
// whichever of its fields are set.
type Request struct {
	ID   string `json:"id,omitempty"`
	Name string `json:"name,omitempty" phi:"direct"`
}

// Lookup is a message with no marked field: only the data put into it
// can make it identifiable.
type Lookup struct {
	ID string `json:"id,omitempty"`
}
