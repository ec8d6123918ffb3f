// Package zerologleaks has the cases of github.com/rs/zerolog.
package zerologleaks

import (
	"errors"
	"fmt"
	"os"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"

	"example.com/thirdparty/model"
)

// lg returns a pointer to a logger, so that a chain can start an event.
func lg(l zerolog.Logger) *zerolog.Logger { return &l }

// Sinks: the call that ends an event chain logs every field added to it;
// the finding is reported at the start of the chain.
func Sinks(l *zerolog.Logger, p *model.Patient) {
	l.Info().Str("name", p.Name).Msg("admitted") // want `Patient.Name \(direct\) reaches log sink \(\*zerolog.Event\).Msg`
	l.Info().Str("id", p.ID).Msg("admitted")
	l.Info(). // want "PHI1001"
			Str("id", p.ID).
			Str("diagnosis", p.Diagnosis).
			Send()
	l.Info().Str("id", p.ID).Send()
	l.Info().Msgf("%s", p.Name) // want "PHI1001"
	l.Info().Msgf("%s", p.ID)
	l.Print(p.Name) // want "PHI1001"
	l.Print(p.ID)
	l.Printf("%s", p.Name) // want "PHI1001"
	l.Printf("%s", p.ID)
	l.Println(p.Name) // want "PHI1001"
	l.Println(p.ID)
	log.Print(p.Name) // want "PHI1001"
	log.Print(p.ID)
	log.Printf("%s", p.Name) // want "PHI1001"
	log.Printf("%s", p.ID)
	log.Info().Str("k", p.Name).Msg("x") // want "PHI1001"
	log.Info().Str("k", p.ID).Msg("x")
}

// Steps: an event built in steps holds what was added to it.
func Steps(l *zerolog.Logger, p *model.Patient) {
	e := l.Info()
	e.Str("id", p.ID)
	e.Str("postcode", p.Postcode)
	e.Msg("x") // want "Patient.Postcode.*PHI1001"
	e2 := l.Info()
	e2.Str("id", p.ID).Int("visits", p.Visits)
	e2.Msg("x")
}

// Guards: a check, a sanitizer.
func Guards(l *zerolog.Logger, p *model.Patient) {
	if model.Allowed(p) {
		l.Info().Str("name", p.Name).Msg("x")
	}
	l.Info().Str("name", model.Redact(p.Name)).Msg("x")
}

// Loggers: every level starts an event that carries the logger's context.
func Loggers(p *model.Patient) {
	l := lg(zerolog.New(os.Stderr).With().Str("name", p.Name).Logger())
	c := lg(zerolog.New(os.Stderr).With().Str("id", p.ID).Logger())
	l.Trace().Msg("x") // want "PHI1001"
	c.Trace().Msg("x")
	l.Debug().Msg("x") // want "PHI1001"
	c.Debug().Msg("x")
	l.Info().Msg("x") // want "PHI1001"
	c.Info().Msg("x")
	l.Warn().Msg("x") // want "PHI1001"
	c.Warn().Msg("x")
	l.Error().Msg("x") // want "PHI1001"
	c.Error().Msg("x")
	l.Fatal().Msg("x") // want "PHI1001"
	c.Fatal().Msg("x")
	l.Panic().Msg("x") // want "PHI1001"
	c.Panic().Msg("x")
	l.WithLevel(zerolog.InfoLevel).Msg("x") // want "PHI1001"
	c.WithLevel(zerolog.InfoLevel).Msg("x")
	l.Log().Msg("x") // want "PHI1001"
	c.Log().Msg("x")
	l.Err(model.Err(p)).Msg("x") // want "PHI1001"
	c.Err(errors.New("x")).Msg("x")
	log.Err(model.Err(p)).Msg("x") // want "PHI1001"
	log.Err(errors.New("x")).Msg("x")
	lg(l.Level(zerolog.InfoLevel)).Info().Msg("x") // want "PHI1001"
	lg(c.Level(zerolog.InfoLevel)).Info().Msg("x")
	lg(l.Output(os.Stdout)).Info().Msg("x") // want "PHI1001"
	lg(c.Output(os.Stdout)).Info().Msg("x")
	lg(l.Sample(nil)).Info().Msg("x") // want "PHI1001"
	lg(c.Sample(nil)).Info().Msg("x")
	lg(l.Hook()).Info().Msg("x") // want "PHI1001"
	lg(c.Hook()).Info().Msg("x")
	lg(l.With().Logger()).Info().Msg("x") // want "PHI1001"
	lg(c.With().Logger()).Info().Msg("x")
}

// Marshalers: Object, Any and Interface use MarshalZerologObject, else
// encoding/json; Stringer uses String; errors their message.
func Marshalers(l *zerolog.Logger, p *model.Patient, b model.Badge, c card) {
	l.Info().Object("k", b).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().Object("k", c).Msg("x")
	l.Info().Objects("k", []zerolog.LogObjectMarshaler{b}).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().Objects("k", []zerolog.LogObjectMarshaler{c}).Msg("x")
	l.Info().ObjectsV("k", b).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().ObjectsV("k", c).Msg("x")
	l.Info().EmbedObject(b).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().EmbedObject(c).Msg("x")
	l.Info().Any("k", p).Msg("x") // want "Patient.Name.*PHI1001"
	l.Info().Any("k", c).Msg("x")
	l.Info().Interface("k", b).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().Interface("k", c).Msg("x")
	l.Info().Fields(map[string]any{"k": p.Name}).Msg("x") // want "PHI1001"
	l.Info().Fields(map[string]any{"k": p.ID}).Msg("x")
	l.Info().Stringer("k", b).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().Stringer("k", c).Msg("x")
	l.Info().Stringers("k", []fmt.Stringer{b}).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().Stringers("k", []fmt.Stringer{c}).Msg("x")
	l.Info().StringersV("k", b).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().StringersV("k", c).Msg("x")
	l.Info().AnErr("k", model.Err(p)).Msg("x") // want "PHI1001"
	l.Info().AnErr("k", errors.New("x")).Msg("x")
	l.Info().Errs("k", []error{model.Err(p)}).Msg("x") // want "PHI1001"
	l.Info().Errs("k", []error{errors.New("x")}).Msg("x")
	l.Info().Err(model.Err(p)).Msg("x") // want "PHI1001"
	l.Info().Err(errors.New("x")).Msg("x")
	l.Info().RawJSON("k", p.Photo).Msg("x") // want "PHI1001"
	l.Info().RawJSON("k", []byte(p.ID)).Msg("x")
	l.Info().RawCBOR("k", p.Photo).Msg("x") // want "PHI1001"
	l.Info().RawCBOR("k", []byte(p.ID)).Msg("x")
	l.Info().Dict("k", zerolog.Dict().Str("n", p.Name)).Msg("x") // want "PHI1001"
	l.Info().Dict("k", zerolog.Dict().Str("n", p.ID)).Msg("x")
	l.Info().Array("k", zerolog.Arr().Str(p.Name)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Str(p.ID)).Msg("x")
	l.Info().Array("k", zerolog.Arr().Object(b)).Msg("x") // want "Badge.Name.*PHI1001"
	l.Info().Array("k", zerolog.Arr().Object(c)).Msg("x")
	l.Info().Array("k", zerolog.Arr().Interface(p)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Interface(c)).Msg("x")
	l.Info().Array("k", zerolog.Arr().Err(model.Err(p))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Err(errors.New("x"))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Errs([]error{model.Err(p)})).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Errs([]error{errors.New("x")})).Msg("x")
	l.Info().Array("k", zerolog.Arr().RawJSON(p.Photo)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().RawJSON([]byte(p.ID))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Dict(zerolog.Dict().Str("n", p.Name))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Dict(zerolog.Dict().Str("n", p.ID))).Msg("x")
}

// ContextMarshalers: the same through a logger's context.
func ContextMarshalers(l *zerolog.Logger, p *model.Patient, b model.Badge, c card) {
	lg(l.With().Object("k", b).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().Object("k", c).Logger()).Info().Msg("x")
	lg(l.With().Objects("k", []zerolog.LogObjectMarshaler{b}).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().Objects("k", []zerolog.LogObjectMarshaler{c}).Logger()).Info().Msg("x")
	lg(l.With().ObjectsV("k", b).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().ObjectsV("k", c).Logger()).Info().Msg("x")
	lg(l.With().EmbedObject(b).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().EmbedObject(c).Logger()).Info().Msg("x")
	lg(l.With().Any("k", p).Logger()).Info().Msg("x") // want "Patient.Name.*PHI1001"
	lg(l.With().Any("k", c).Logger()).Info().Msg("x")
	lg(l.With().Interface("k", b).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().Interface("k", c).Logger()).Info().Msg("x")
	lg(l.With().Fields(map[string]any{"k": p.Name}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Fields(map[string]any{"k": p.ID}).Logger()).Info().Msg("x")
	lg(l.With().Stringer("k", b).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().Stringer("k", c).Logger()).Info().Msg("x")
	lg(l.With().Stringers("k", []fmt.Stringer{b}).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().Stringers("k", []fmt.Stringer{c}).Logger()).Info().Msg("x")
	lg(l.With().StringersV("k", b).Logger()).Info().Msg("x") // want "Badge.Name.*PHI1001"
	lg(l.With().StringersV("k", c).Logger()).Info().Msg("x")
	lg(l.With().AnErr("k", model.Err(p)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().AnErr("k", errors.New("x")).Logger()).Info().Msg("x")
	lg(l.With().Errs("k", []error{model.Err(p)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Errs("k", []error{errors.New("x")}).Logger()).Info().Msg("x")
	lg(l.With().Err(model.Err(p)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Err(errors.New("x")).Logger()).Info().Msg("x")
	lg(l.With().RawJSON("k", p.Photo).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().RawJSON("k", []byte(p.ID)).Logger()).Info().Msg("x")
	lg(l.With().Dict("k", zerolog.Dict().Str("n", p.Name)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Dict("k", zerolog.Dict().Str("n", p.ID)).Logger()).Info().Msg("x")
	lg(l.With().Array("k", zerolog.Arr().Str(p.Name)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Array("k", zerolog.Arr().Str(p.ID)).Logger()).Info().Msg("x")
}

// card prints as its surrogate key alone. (model.Card does too, but a
// method of another package that emits nothing identifiable and returns
// nothing is taken as unknown there: see enginegaps.)
type card struct {
	ID   string
	Name string `json:"name" phi:"direct"`
}

func (c card) MarshalZerologObject(e *zerolog.Event) { e.Str("id", c.ID).Int("n", len(c.Name)) }
func (c card) String() string                        { return "card " + c.ID }
func (c card) MarshalJSON() ([]byte, error)          { return []byte(`"` + c.ID + `"`), nil }
