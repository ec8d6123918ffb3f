// Package app fills the records of package rec with a patient's data and
// encodes them itself or through the helpers of package enc: what is
// stored in a field encoding/json leaves out stays out, whichever package
// declares the type, encodes it, or hands it on.
package app

import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/encodings/enc"
	"example.com/encodings/rec"
)

// Pointers: a record boxed by pointer shows what it shows by value.
func Pointers(p *rec.Patient) {
	c := rec.Consent{ID: p.ID, NHS: p.NHS}
	b, _ := json.Marshal(c)
	log.Print(string(b))
	b, _ = json.Marshal(&c)
	log.Print(string(b))
	b, _ = json.Marshal([]rec.Consent{c})
	log.Print(string(b))
	b, _ = json.Marshal(rec.NewConsent(p))
	log.Print(string(b))
	b, _ = json.Marshal(rec.ConsentOf(p))
	log.Print(string(b))
	var f rec.Consent
	rec.FillConsent(&f, p)
	b, _ = json.Marshal(&f)
	log.Print(string(b))
	log.Printf("%+v", &f) // want `Consent.NHS \(direct\), Patient.Name \(direct\), Consent.postal \(indirect\) reaches log sink log.Printf`
}

// Channels: a record sent on a channel, by value or by pointer, or held
// in a map by pointer, keeps its fields apart.
func Channels(p *rec.Patient) {
	ch := make(chan rec.Consent, 1)
	ch <- rec.Consent{ID: p.ID, NHS: p.NHS}
	b, _ := json.Marshal(<-ch)
	log.Print(string(b))
	pch := make(chan *rec.Consent, 1)
	pch <- rec.NewConsent(p)
	b, _ = json.Marshal(<-pch)
	log.Print(string(b))
	c := &rec.Consent{ID: p.ID}
	pch <- c
	c.Comment = p.Name
	x := <-pch
	log.Print(x.ID)
	log.Print(x.NHS)     // want `Patient.NHS \(direct\) reaches log sink log.Print`
	log.Print(x.Comment) // want `Patient.Name \(direct\) reaches log sink log.Print`
	m := map[string]*rec.Consent{"a": rec.NewConsent(p)}
	b, _ = json.Marshal(m["a"])
	log.Print(string(b))
	log.Print(m["a"].ID)
	log.Print(m["a"].NHS) // want `Patient.NHS \(direct\) reaches log sink log.Print`
}

// Unmarked: data stored in an unmarked field encoding/json leaves out
// (json:"-", unexported) is not encoded; in one it encodes, it is.
func Unmarked(p *rec.Patient) {
	c := rec.Consent{ID: p.ID, Comment: p.Name}
	b, _ := json.Marshal(c)
	log.Print(string(b))
	b, _ = json.Marshal(&c)
	log.Print(string(b))
	log.Printf("%v", c) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	s := rec.Shown{ID: p.ID, Comment: p.NHS}
	b, _ = json.Marshal(s)
	log.Print(string(b)) // want `Patient.NHS \(direct\) reaches log sink log.Print`
}

// Methods: a MarshalJSON decides what shows of its receiver, unexported
// fields included.
func Methods(p *rec.Patient) {
	e := rec.NewEnvelope(p.Name)
	b, _ := json.Marshal(e)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	b, _ = json.Marshal(rec.Parcel{Ref: p.ID, Envelope: e})
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// Untyped: a record another package returns as any prints as its type
// says.
func Untyped(id string) {
	b, _ := json.Marshal(rec.AnyConsent(id))
	log.Print(string(b))
	log.Printf("%v", rec.AnyConsent(id)) // want `Consent.NHS \(direct\), Consent.postal \(indirect\) reaches log sink log.Printf`
	log.Print(rec.AnyToken(id))
	b, _ = json.Marshal(rec.AnyToken(id))
	log.Print(string(b))
	log.Print(rec.AnyCode(id))
	log.Print(string(rec.AnyCode(id).(rec.Code))) // want `Code \(direct\) reaches log sink log.Print`
}

// Helpers: a helper of another package that encodes any value encodes
// what its caller passes as encoding/json shows it.
func Helpers(w http.ResponseWriter, p *rec.Patient) {
	c := rec.Consent{ID: p.ID, NHS: p.NHS, Comment: p.Name}
	enc.SendAny(c)
	enc.SendAny(&c)
	log.Print(enc.JSON(c))
	enc.Respond(w, c)
	d := rec.Dashed{ID: p.ID, NHS: p.NHS}
	enc.SendAny(d)         // want `Dashed.NHS \(direct\) reaches log sink log.Print`
	log.Print(enc.JSON(d)) // want `Dashed.NHS \(direct\) reaches log sink log.Print`
	enc.Respond(w, d)      // want `Dashed.NHS \(direct\) is sent in a response`
	t := rec.Token{ID: p.ID, Name: p.Name}
	enc.SendAny(t)
	log.Print(enc.JSON([]rec.Token{t}))
	enc.Send(d)
	enc.Log(c)
	enc.Log(&c)
	enc.Log(d) // want `Dashed.NHS \(direct\) reaches log sink log.Print`
	enc.LogBytes(c)
	enc.LogBytes(d)     // want `Dashed.NHS \(direct\) reaches log sink log.Print`
	enc.SendAny(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// toJSON is judged at each call, as if inlined there.
func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func logJSON(v any) { log.Print(toJSON(v)) }

// Local: the same through helpers of this package.
func Local(p *rec.Patient) {
	c := rec.Consent{ID: p.ID, NHS: p.NHS, Comment: p.Name}
	log.Print(toJSON(c))
	logJSON(&c)
	d := rec.Dashed{ID: p.ID, NHS: p.NHS}
	log.Print(toJSON(d)) // want `Dashed.NHS \(direct\) reaches log sink log.Print`
	logJSON(d)           // want `Dashed.NHS \(direct\) reaches log sink log.Print`
}
