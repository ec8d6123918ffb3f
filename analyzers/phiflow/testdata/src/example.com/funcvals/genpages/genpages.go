// Package genpages renders the pages of package genviews.
package genpages

import (
	"bytes"
	"net/http"

	"example.com/funcvals/genrt"
	"example.com/funcvals/genviews"
)

func Show(w http.ResponseWriter, r *http.Request, p genviews.Patient) {
	var page genrt.Component = genviews.NamePage(p)
	_ = page.Render(r.Context(), w)                        // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
	_ = genviews.WrappedNamePage(p).Render(r.Context(), w) // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
	_ = genviews.KeyPage(p).Render(r.Context(), w)         // clean: the page shows the key only
}

// Size renders a page into a buffer that is only measured.
func Size(r *http.Request, p genviews.Patient) int {
	var b bytes.Buffer
	_ = genviews.NamePage(p).Render(r.Context(), &b)
	return b.Len()
}
