package echo

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

// Callees that read the record they are passed, beside other work: what
// they hand back of it (an error quoting it, a cache they keep in it) is
// the caller's own wherever the record is, and only there.

// Vault writes records to files; its errors quote the record beside
// the file system's error.
type Vault struct{ dir string }

// Store writes the record and, when that fails, says whose it was.
func (a *Vault) Store(p *Patient) error {
	if err := os.WriteFile(a.dir+"/"+p.ID, nil, 0o600); err != nil {
		return fmt.Errorf("archiving %s: %w", p.Name, err)
	}
	return nil
}

// Vaulter is how handlers reach an Vault.
type Vaulter interface {
	Store(p *Patient) error
}

// Archived answers with the error of storing the record it decoded.
func Archived(w http.ResponseWriter, r *http.Request, a *Vault) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	if err := a.Store(&p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // clean: only the caller's own name, sent back to it
		log.Print(err)                                             // want `Patient.Name \(direct\).* reaches log sink log.Print`
	}
}

// ArchivedThrough reaches the store through an interface.
func ArchivedThrough(w http.ResponseWriter, r *http.Request, a Vaulter) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	if err := a.Store(&p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // clean: only the caller's own name
	}
}

// ArchivedStored answers with the error of storing a stored record.
func ArchivedStored(w http.ResponseWriter, r *http.Request, a *Vault) {
	p := LoadPatient(r.FormValue("id"))
	if err := a.Store(p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `Patient.Name \(direct\).* is sent in a response by http.Error`
	}
}

// StoreAll stores each record it is given: the question of whose they
// are passes on to its callers.
func StoreAll(a *Vault, ps []*Patient) error {
	for _, p := range ps {
		if err := a.Store(p); err != nil {
			return err
		}
	}
	return nil
}

// ArchivedBatch answers with the error of storing a decoded batch.
func ArchivedBatch(w http.ResponseWriter, r *http.Request, a *Vault) {
	var batch []*Patient
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		return
	}
	if err := StoreAll(a, batch); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // clean: only the caller's own names
	}
	stored := []*Patient{LoadPatient(r.FormValue("id"))}
	if err := StoreAll(a, stored); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `Patient.Name \(direct\).* is sent in a response by http.Error`
	}
}

// Letter keeps its rendering beside the record it renders.
type Letter struct {
	To       *Patient
	rendered string
}

// Render fills the rendering from the record, after checking the
// template exists.
func (l *Letter) Render(dir string) error {
	if _, err := os.Stat(dir + "/letter.tmpl"); err != nil {
		return err
	}
	l.rendered = "Dear " + l.To.Name
	return nil
}

// Rendered answers with the rendering of a letter to the decoded record.
func Rendered(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	l := &Letter{To: &p}
	if err := l.Render("/etc/letters"); err != nil {
		return
	}
	w.Write([]byte(l.rendered)) // clean: the caller's own name
	log.Print(l.rendered)       // want `Patient.Name \(direct\).* reaches log sink log.Print`
}

// RenderedStored answers with the rendering of a letter to a stored record.
func RenderedStored(w http.ResponseWriter, r *http.Request) {
	l := &Letter{To: LoadPatient(r.FormValue("id"))}
	if err := l.Render("/etc/letters"); err != nil {
		return
	}
	w.Write([]byte(l.rendered)) // want `Patient.Name \(direct\).* is sent in a response`
}

// answerSaved answers with the error of storing the record it is given;
// unexported, it is judged at each call.
func answerSaved(w http.ResponseWriter, a *Vault, p *Patient) {
	if err := a.Store(p); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// AnsweredByHelper leaves the answer to an unexported helper.
func AnsweredByHelper(w http.ResponseWriter, r *http.Request, a *Vault) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	answerSaved(w, a, &p)                             // clean: only the caller's own name
	answerSaved(w, a, LoadPatient(r.FormValue("id"))) // want `Patient.Name \(direct\).* is sent in a response by http.Error`
}
