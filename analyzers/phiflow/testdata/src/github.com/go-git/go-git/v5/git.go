// Package git is a stand-in for go-git: a worktree keeps its index in the
// storer it shares with its repository, several pointers deep, and its
// status walks the submodules, writing each one's ".git" file with the
// path of the submodule's own storer, as the real library's does.
package git

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type Hash [20]byte

type Storer interface {
	Index() (*Index, error)
	SetIndex(idx *Index) error
	Module(name string) (Storer, error)
	Root() string
}

type Index struct{ Entries []*Entry }

type Entry struct{ Name string }

type memoryStorage struct {
	dir     string
	index   *Index
	modules map[string]*memoryStorage
}

func (s *memoryStorage) Index() (*Index, error) {
	if s.index == nil {
		s.index = &Index{}
	}
	return s.index, nil
}

func (s *memoryStorage) SetIndex(idx *Index) error {
	s.index = idx
	return nil
}

func (s *memoryStorage) Module(name string) (Storer, error) {
	m, ok := s.modules[name]
	if !ok {
		m = &memoryStorage{dir: filepath.Join(s.dir, "modules", name), modules: map[string]*memoryStorage{}}
		s.modules[name] = m
	}
	return m, nil
}

func (s *memoryStorage) Root() string { return s.dir }

type Repository struct{ Storer Storer }

func PlainOpen(path string) (*Repository, error) {
	return &Repository{Storer: &memoryStorage{dir: filepath.Join(path, ".git"), modules: map[string]*memoryStorage{}}}, nil
}

func (r *Repository) Worktree() (*Worktree, error) {
	return &Worktree{r: r, root: filepath.Dir(r.Storer.Root())}, nil
}

type Worktree struct {
	r    *Repository
	root string
}

type Submodule struct {
	w    *Worktree
	name string
}

func (w *Worktree) Submodules() []*Submodule { return []*Submodule{{w: w, name: "vendor"}} }

func (w *Worktree) status() error {
	for _, s := range w.Submodules() {
		st, err := s.w.r.Storer.Module(s.name)
		if err != nil {
			return err
		}
		if err := createDotGitFile(filepath.Join(s.w.root, s.name), st.Root()); err != nil {
			return err
		}
	}
	return nil
}

func createDotGitFile(dir, gitdir string) error {
	f, err := os.Create(filepath.Join(dir, ".git"))
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintf(f, "gitdir: %s\n", gitdir)
	return err
}

func (w *Worktree) Add(path string) (Hash, error) {
	if strings.Contains(path, "..") {
		return Hash{}, fmt.Errorf("invalid path: %q", path)
	}
	idx, err := w.r.Storer.Index()
	if err != nil {
		return Hash{}, err
	}
	if err := w.status(); err != nil {
		return Hash{}, err
	}
	idx.Entries = append(idx.Entries, &Entry{Name: path})
	return Hash{}, w.r.Storer.SetIndex(idx)
}

type CommitOptions struct{ Author string }

func (w *Worktree) Commit(msg string, opts *CommitOptions) (Hash, error) {
	if err := w.status(); err != nil {
		return Hash{}, fmt.Errorf("commit %q: %w", msg, err)
	}
	return Hash{}, nil
}
