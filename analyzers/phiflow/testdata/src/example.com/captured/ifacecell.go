package captured

import "log"

// A service a dispatch table's literals capture as its interface: one
// literal's call writes into one field of the service, another's reads a
// different field. The variable is kept in a cell the literals share;
// what the cell holds keeps the service's fields apart, as a pointer to
// the struct would, so the read sees only what its own field holds.

type Archive interface {
	Restore(id string) error
	Save(body string) error
	LastRestored()
}

type archive struct {
	dir  string
	last string
}

func (a *archive) Restore(id string) error {
	a.last = Lookup(id)
	return nil
}

func (a *archive) Save(body string) error {
	log.Printf("saving into %s", a.dir)
	return nil
}

func (a *archive) LastRestored() { log.Print(a.last) }

func NewArchive(dir string) Archive { return &archive{dir: dir} }

func Routes(a Archive) map[string]func(string) error {
	return map[string]func(string) error{
		"restore": func(id string) error { return a.Restore(id) },
		"save":    func(body string) error { return a.Save(body) }, // clean: the directory holds no summary
		"last": func(string) error {
			a.LastRestored() // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
			return nil
		},
	}
}
