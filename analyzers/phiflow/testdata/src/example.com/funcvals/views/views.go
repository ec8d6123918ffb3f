// Package views declares components, as templ generates them, that
// package pages renders.
package views

import (
	"context"
	"io"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

type Component interface {
	Render(ctx context.Context, w io.Writer) error
}

type ComponentFunc func(ctx context.Context, w io.Writer) error

func (cf ComponentFunc) Render(ctx context.Context, w io.Writer) error { return cf(ctx, w) }

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
