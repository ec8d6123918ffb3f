// Package xlatuse writes text that goes through the translators package
// xlat returns.
package xlatuse

import (
	"net/http"

	"example.com/funcvals/xlat"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Print(w http.ResponseWriter, d *xlat.Doc, p *Patient) {
	tr := d.Translator("cp1252")
	_, _ = w.Write([]byte(tr(p.Name))) // want `Patient.Name \(direct\) is sent in a response`
}

func PrintBlank(w http.ResponseWriter, d *xlat.Doc, p *Patient) {
	tr := d.Blank()
	_, _ = w.Write([]byte(tr(p.Name))) // clean: the translator drops its text
}

func PrintCount(w http.ResponseWriter, p *Patient) {
	tr := xlat.Counter()
	_, _ = w.Write([]byte(tr(p.Name))) // clean: only the text's length decides what comes back
}
