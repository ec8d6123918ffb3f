// Package genviews declares pages as a generator writes them on top of
// package genrt: each page is the component Generated makes of its
// closure, which writes into the writer it finds in its input.
package genviews

import (
	"context"
	"io"
	"net/http"

	"example.com/funcvals/genrt"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func NamePage(p Patient) genrt.Component {
	return genrt.Generated(func(in genrt.Input) error {
		_, err := io.WriteString(in.Writer, "<h1>"+p.Name+"</h1>")
		return err
	})
}

func KeyPage(p Patient) genrt.Component {
	return genrt.Generated(func(in genrt.Input) error {
		_, err := io.WriteString(in.Writer, "<p>"+p.ID+"</p>")
		return err
	})
}

// generated passes the closure it is given on to Generated.
func generated(f func(genrt.Input) error) genrt.Component { return genrt.Generated(f) }

func WrappedNamePage(p Patient) genrt.Component {
	return generated(func(in genrt.Input) error {
		_, err := io.WriteString(in.Writer, p.Name)
		return err
	})
}

// Show renders the pages in the package that declares them.
func Show(w http.ResponseWriter, r *http.Request, p Patient) {
	_ = NamePage(p).Render(r.Context(), w) // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
	_ = KeyPage(p).Render(r.Context(), w)  // clean: the page shows the key only
}

// nested frames a name page depth times, built by calling itself (as
// bun's array appenders are): a function value made of itself.
func nested(p Patient, depth int) genrt.ComponentFunc {
	if depth == 0 {
		return func(ctx context.Context, w io.Writer) error {
			_, err := io.WriteString(w, p.Name)
			return err
		}
	}
	return genrt.Framed(nested(p, depth-1))
}

func Nested(w http.ResponseWriter, r *http.Request, p Patient) {
	_ = nested(p, 3).Render(r.Context(), w) // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
}
