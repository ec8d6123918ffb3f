// Package gitstore exercises §3 on I/O with a git repository kept as a
// service's datastore (go-git): what the code adds and commits is its
// storage, as rows are a database's. The repository's own bookkeeping (a
// submodule's ".git" file) is no export of what was stored, and what
// one method stored does not come back on every later call through the
// object holding the repository. Data kept in a field of the service
// itself is read back from that field as ever.
package gitstore

import (
	"encoding/json"
	"log"
	"os"
	"path/filepath"

	git "github.com/go-git/go-git/v5"
)

// Decrypt returns a stored resource in clear.
//
//phi:source clinical
func Decrypt(ct []byte) []byte { return ct }

// Writer commits resources to a repository.
type Writer struct {
	dir string
	wt  *git.Worktree
}

func NewWriter(dir string) *Writer {
	r, err := git.PlainOpen(dir)
	if err != nil {
		return nil
	}
	wt, _ := r.Worktree()
	return &Writer{dir: dir, wt: wt}
}

// Write stores a resource under a name made from its id, and commits it.
func (w *Writer) Write(resource []byte) error {
	var m struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(resource, &m)
	name := m.ID + ".json"
	if err := os.WriteFile(filepath.Join(w.dir, name), resource, 0o600); err != nil {
		return err
	}
	if _, err := w.wt.Add(name); err != nil { // clean: the repository is the service's storage
		log.Printf("add failed: %v", err) // clean: the repository's error, I/O, though it quotes the name
		return err
	}
	_, err := w.wt.Commit("update "+name, &git.CommitOptions{Author: "svc"}) // clean: go-git's own ".git" files export nothing stored
	return err
}

// Delete rewrites the resource in clear: the file written is the flow.
func (w *Writer) Delete(ct []byte) error {
	plain := Decrypt(ct)
	return w.Write(plain) // want `Decrypt\(\) \(clinical\) is exported by os.WriteFile`
}

// Service holds the writer and the last resource it deleted.
type Service struct {
	pw   *Writer
	last []byte
}

func (s *Service) Create(body []byte) error { return s.pw.Write(body) }

func (s *Service) Delete(ct []byte) error {
	s.last = Decrypt(ct)
	return s.pw.Delete(ct)
}

func (s *Service) Report() { log.Printf("last deleted: %s", s.last) }

// Handlers builds a dispatch table over one service: what Delete keeps in
// the service's field is logged by Report, but Create, which decrypts
// nothing, passes on only its caller's body.
func Handlers(s *Service) map[string]func([]byte) error {
	return map[string]func([]byte) error{
		"create": func(b []byte) error { return s.Create(b) }, // clean: what Delete committed is not in the writer's memory
		"delete": func(b []byte) error { return s.Delete(b) },
		"report": func([]byte) error {
			s.Report() // want `Decrypt\(\) \(clinical\) reaches log sink log.Printf`
			return nil
		},
	}
}
