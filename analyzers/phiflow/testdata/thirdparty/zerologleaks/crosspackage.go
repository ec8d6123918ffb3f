package zerologleaks

import (
	"github.com/rs/zerolog"

	redacting "example.com/thirdparty/zerologleaks/card"
)

// A redacting MarshalZerologObject declared in another package, which
// emits nothing identifiable and returns nothing, still speaks for its
// type: the importing package must not assume it prints every marked
// field. (It once did, because such a method exported no summary.)
func CrossPackageRedaction(l *zerolog.Logger, c redacting.Card) {
	l.Info().Object("card", c).Msg("x")
}

// The same type's marked field logged directly is still a leak.
func CrossPackageField(l *zerolog.Logger, c redacting.Card) {
	l.Info().Str("name", c.Name).Msg("x") // want "Card.Name \\(direct\\) reaches log sink"
}
