// Package respondallow is analysed with `policy: {respond: allow}`:
// authorisation happens in middleware.
package respondallow

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func Record(p *Patient) {}

//phi:sanitize
func Mask(s string) string { return "***" }

type Handler struct{ patients map[string]*Patient }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := h.patients[r.PathValue("id")]
	w.Header().Set("X-Patient", p.Name) // clean: respond: allow
	json.NewEncoder(w).Encode(p)        // clean: respond: allow
	fmt.Fprintf(w, "<p>%s</p>", p.Name) // clean: respond: allow
}

func (h *Handler) Forward(p *Patient) {
	http.Post("https://gp.example.nhs.uk/letters", "text/plain", strings.NewReader(p.Name)) // want `Patient.Name \(direct\) is transmitted by http.Post`
}

// Render is a framework-style response helper.
//
//phi:sink respond
func Render(v any) {}

func (h *Handler) Page(p *Patient) {
	Render(p) // clean: respond: allow
}
