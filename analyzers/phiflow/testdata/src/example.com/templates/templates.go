// Package templates executes templates on records whose String method
// redacts: a template prints the fields it names, not String's result.
package templates

import (
	htmltemplate "html/template"
	"net/http"
	"os"
	"text/template"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// String redacts: fmt shows only the ID.
func (p *Patient) String() string { return "patient " + p.ID }

var (
	nameCard = htmltemplate.Must(htmltemplate.New("name").Parse(`<p>{{.Name}}</p>`))
	idCard   = htmltemplate.Must(htmltemplate.New("id").Parse(`<p>{{.ID}}</p>`))
	whole    = htmltemplate.Must(htmltemplate.New("whole").Parse(`<p>{{.}}</p>`))
)

func ShowName(w http.ResponseWriter, p *Patient) {
	nameCard.Execute(w, p) // want `Patient.Name \(direct\) is sent in a response by \(\*template.Template\).Execute`
}

func ShowID(w http.ResponseWriter, p *Patient) {
	idCard.Execute(w, p) // clean: the template names only the ID
}

func ShowWhole(w http.ResponseWriter, p *Patient) {
	whole.Execute(w, p) // clean: {{.}} prints the value with String, which redacts
}

func PrintName(p *Patient) {
	t := template.Must(template.New("name").Parse("{{if .ID}}{{.Name}}{{end}}\n"))
	t.Execute(os.Stdout, p) // want `Patient.Name \(direct\) reaches log sink \(\*template.Template\).Execute`
}

func PrintID(p *Patient) {
	t, err := template.New("id").Parse("{{.ID}}\n")
	if err != nil {
		return
	}
	t.Execute(os.Stdout, p) // clean: the template names only the ID
}

// A template whose text is not known here prints whatever fields it
// names: all of them, as far as the analysis can tell.
func PrintWith(text string, p *Patient) {
	t := template.Must(template.New("any").Parse(text))
	t.Execute(os.Stdout, p) // want `Patient.Name \(direct\) reaches log sink \(\*template.Template\).Execute`
}
