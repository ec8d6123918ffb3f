// Package enc encodes the records of package rec, whose tags it knows
// only through their types, and offers helpers that encode what they are
// given.
package enc

import (
	"encoding/json"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"

	"example.com/encodings/rec"
)

// Marshalled: encoding/json leaves out json:"-" and unexported fields, of
// a record given by value, pointer or in a collection.
func Marshalled(c rec.Consent, pc *rec.Consent, cs []rec.Consent, cm map[string]rec.Consent, ca [2]rec.Consent) {
	b, _ := json.Marshal(c)
	log.Print(string(b))
	b, _ = json.Marshal(pc)
	log.Print(string(b))
	b, _ = json.Marshal(cs)
	log.Print(string(b))
	b, _ = json.Marshal(cm)
	log.Print(string(b))
	b, _ = json.Marshal(ca)
	log.Print(string(b))
	b, _ = json.MarshalIndent(c, "", " ")
	log.Print(string(b))
}

// Encoded: an encoder writing to standard output or to a response.
func Encoded(w http.ResponseWriter, c rec.Consent) {
	json.NewEncoder(os.Stdout).Encode(c)
	json.NewEncoder(w).Encode(c)
}

// Dash: json:"-," encodes the field under the key "-".
func Dash(w http.ResponseWriter, d rec.Dashed) {
	b, _ := json.Marshal(d)
	log.Print(string(b))                 // want `Dashed.NHS \(direct\) reaches log sink log.Print`
	json.NewEncoder(os.Stdout).Encode(d) // want `Dashed.NHS \(direct\) reaches log sink \(\*json.Encoder\).Encode`
}

// Formatted: fmt prints every field, json:"-" and unexported ones too;
// %T and %p print no data.
func Formatted(c rec.Consent) {
	fmt.Printf("%+v\n", c) // want `Consent.NHS \(direct\), Consent.postal \(indirect\) reaches log sink fmt.Printf`
	log.Printf("%v", &c)   // want `Consent.NHS \(direct\), Consent.postal \(indirect\) reaches log sink log.Printf`
	fmt.Printf("%T %p\n", c, &c)
}

// Embedded: an embedded record's fields are encoded as the embedding
// type's own; a field tagged json:"-" hides the record it holds.
func Embedded(w rec.Wrapped, wc rec.WrappedConsent, n rec.Nested, hn rec.HiddenNested) {
	b, _ := json.Marshal(w)
	log.Print(string(b)) // want `Shown.Name \(direct\) reaches log sink log.Print`
	b, _ = json.Marshal(wc)
	log.Print(string(b))
	b, _ = json.Marshal(n)
	log.Print(string(b))
	b, _ = json.Marshal(hn)
	log.Print(string(b))
}

// Generic: a generic container of records encodes each element.
func Generic(pc rec.Page[rec.Consent], ps rec.Page[rec.Shown]) {
	b, _ := json.Marshal(pc)
	log.Print(string(b))
	b, _ = json.Marshal(ps)
	log.Print(string(b)) // want `Shown.Name \(direct\) reaches log sink log.Print`
}

// Tokens print through their methods, declared in another package,
// element by element for collections.
func Tokens(t rec.Token, ts []rec.Token) {
	log.Print(t)
	slog.Info("token", "t", t)
	b, _ := json.Marshal(ts)
	log.Print(string(b))
	fmt.Printf("%v %s\n", t, ts)
}

// Send encodes a record it is given: the record is recognisable here.
func Send(d rec.Dashed) {
	b, _ := json.Marshal(d)
	log.Print(string(b)) // want `Dashed.NHS \(direct\) reaches log sink log.Print`
}

// SendAny encodes any value: what its caller passes is reported at the
// call, as encoding/json shows it.
func SendAny(v any) {
	b, _ := json.Marshal(v)
	log.Print(string(b))
}

// JSON returns any value encoded.
func JSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// Respond sends any value encoded in a response.
func Respond(w http.ResponseWriter, v any) {
	json.NewEncoder(w).Encode(v)
}

// LogBytes logs any value encoded, a byte at a time: each byte is a part
// of the whole value encoded.
func LogBytes(v any) {
	b, _ := json.Marshal(v)
	for _, x := range b {
		log.Print(x)
	}
}

// Log encodes a value of any type it is given, generic.
func Log[T any](v T) {
	b, _ := json.Marshal(v)
	log.Print(string(b))
}
