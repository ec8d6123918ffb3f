package zerologleaks

import (
	"github.com/rs/zerolog"

	"example.com/thirdparty/model"
)

// consentRecord holds its identifiable data only where encoding/json
// does not look: a field tagged json:"-" and an unexported one.
type consentRecord struct {
	ID     string
	NHS    string `json:"-" phi:"direct"`
	postal string `phi:"indirect"`
}

// shownRecord encodes its marked field.
type shownRecord struct {
	ID  string
	NHS string `json:"nhs" phi:"direct"`
}

// Encoding: Any and Interface encode with encoding/json's rules, which
// skip json:"-" and unexported fields.
func Encoding(l *zerolog.Logger, p *model.Patient) {
	c := consentRecord{ID: p.ID, NHS: p.NHSNumber, postal: p.Postcode}
	l.Info().Any("consent", c).Msg("x")       // clean: nothing encoded is identifiable
	l.Info().Interface("consent", c).Msg("x") // clean
	s := shownRecord{ID: p.ID, NHS: p.NHSNumber}
	l.Info().Any("shown", s).Msg("x") // want `shownRecord.NHS \(direct\).*PHI1001`
}
