// Package templleaks has the cases of the templ table, against pages in
// the shape templ generates (layout_templ.go, pages_templ.go): a page
// renders what it prints into the writer it is rendered into, through
// templ's runtime, and a layout renders its children there too.
package templleaks

import (
	"bytes"
	"net/http"

	"github.com/a-h/templ"

	"example.com/thirdparty/model"
)

// Show renders a patient's pages into the response.
func Show(w http.ResponseWriter, r *http.Request, p model.Patient) {
	_ = PatientPage(p).Render(r.Context(), w)                                     // want "PHI1003"
	_ = NameCard(p).Render(r.Context(), w)                                        // want "PHI1003"
	_ = Layout("Patient").Render(templ.WithChildren(r.Context(), NameCard(p)), w) // want "PHI1003"
}

// ShowKey renders pages that print a surrogate key, a ward or constant
// text only.
func ShowKey(w http.ResponseWriter, r *http.Request, p model.Patient) {
	_ = KeyPage(p).Render(r.Context(), w)
	_ = WardCard(p).Render(r.Context(), w)
	_ = Layout("Patient").Render(templ.WithChildren(r.Context(), WardCard(p)), w)
}

// Size renders a patient's page into a buffer that is only measured.
func Size(r *http.Request, p model.Patient) int {
	var b bytes.Buffer
	_ = PatientPage(p).Render(r.Context(), &b)
	_ = Layout("Patient").Render(templ.WithChildren(r.Context(), NameCard(p)), &b)
	return b.Len()
}
