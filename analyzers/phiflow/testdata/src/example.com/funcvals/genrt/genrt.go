// Package genrt is a component runtime in the shape of templ's: a
// generated component is a closure that receives the writer it renders
// into inside a struct, and Generated makes it a component whose method
// calls it.
package genrt

import (
	"context"
	"io"
)

type Component interface {
	Render(ctx context.Context, w io.Writer) error
}

type ComponentFunc func(ctx context.Context, w io.Writer) error

func (cf ComponentFunc) Render(ctx context.Context, w io.Writer) error { return cf(ctx, w) }

// Input is what a generated closure is given.
type Input struct {
	Context context.Context
	Writer  io.Writer
}

func Generated(f func(Input) error) Component {
	return ComponentFunc(func(ctx context.Context, w io.Writer) error {
		return f(Input{ctx, w})
	})
}

// Framed wraps a component's function in another that calls it.
func Framed(f ComponentFunc) ComponentFunc {
	return func(ctx context.Context, w io.Writer) error { return f(ctx, w) }
}
