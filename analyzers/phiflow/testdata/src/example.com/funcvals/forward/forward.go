// Package forward calls functions through values that a callee calls
// for it: a method on a named func type calling its receiver (the shape
// of templ's ComponentFunc), and a helper calling the function it is
// given with its own parameters. What the value does with the data is
// done at the call that passes it.
package forward

import (
	"bytes"
	"context"
	"io"
	"log"
	"net/http"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Component and ComponentFunc are the shape of a templ component.
type Component interface {
	Render(ctx context.Context, w io.Writer) error
}

type ComponentFunc func(ctx context.Context, w io.Writer) error

func (cf ComponentFunc) Render(ctx context.Context, w io.Writer) error { return cf(ctx, w) }

// Skip is a method of the same type that never calls its receiver.
func (cf ComponentFunc) Skip(ctx context.Context, w io.Writer) error { return nil }

func PatientCard(p Patient) Component {
	return ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, "<h1>"+p.Name+"</h1>")
		return err
	})
}

func KeyCard(p Patient) Component {
	return ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, "<p>"+p.ID+"</p>")
		return err
	})
}

func namePlate(p Patient) ComponentFunc {
	return func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, p.Name)
		return err
	}
}

// A component rendered into the response, through the interface and
// through the named func type itself.

func Show(w http.ResponseWriter, r *http.Request, p Patient) {
	_ = PatientCard(p).Render(r.Context(), w) // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
	_ = namePlate(p).Render(r.Context(), w)   // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
}

// The same components where nothing identifiable reaches a sink.

func ShowClean(w http.ResponseWriter, r *http.Request, p Patient) {
	_ = KeyCard(p).Render(r.Context(), w) // clean: the card shows the key only
	var buf bytes.Buffer
	_ = PatientCard(p).Render(r.Context(), &buf) // clean: a buffer is no sink
	_ = namePlate(p).Skip(r.Context(), w)        // clean: Skip never calls the component
}

// A helper rendering the component it is given passes the call on: its
// callers resolve what it renders.

func page(ctx context.Context, c Component, w io.Writer) error {
	return c.Render(ctx, w)
}

func ShowPage(w http.ResponseWriter, r *http.Request, p Patient) {
	_ = page(r.Context(), PatientCard(p), w) // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
	_ = page(r.Context(), KeyCard(p), w)     // clean: the key only
}

// A helper calling the function it is given with its other parameters.

func retry(fn func(...any), v ...any) {
	for range 3 {
		fn(v...)
	}
}

//phi:sanitize
func mask(s string) string { return "***" }

func logMasked(v ...any) { log.Print(mask(v[0].(string))) }

func Retry(p Patient) {
	retry(log.Print, p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	retry(logMasked, p.Name) // clean: the function given masks the name
	retry(log.Print, p.ID)   // clean: the key only
}
