// Package pages renders the components of package views into responses.
package pages

import (
	"net/http"

	"example.com/funcvals/views"
)

func Show(w http.ResponseWriter, r *http.Request, p views.Patient) {
	_ = views.PatientCard(p).Render(r.Context(), w) // want `Patient.Name \(direct\) is sent in a response by io.WriteString`
	_ = views.KeyCard(p).Render(r.Context(), w)     // clean: the card shows the key only
}
