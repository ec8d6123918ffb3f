// Package store fills the caller's page inside function literals that
// write through the page parameter they capture: run by a transaction
// helper of this package or of another, or called where they are made.
// The contract has a literal part of the function enclosing it, so what
// the literal writes into what the parameter points to is written by the
// function, and its caller gets it back.
package store

import (
	"log"

	"example.com/txwrites/tx"
)

type Record struct {
	ID       string
	Name     string `phi:"direct"`
	Symptoms string `phi:"clinical"`
}

// Row is a record of a page: identifiable once its marked fields are filled.
type Row struct {
	ID       string
	Name     string `phi:"direct"`
	Symptoms string `phi:"clinical"`
}

type Page struct {
	Rows  []Row
	Names []string
	IDs   []string
	Count int
	Note  string
}

// Load reads the stored records.
//
//phi:source clinical
func Load() []Record { return nil }

// LoadName reads a patient's name.
//
//phi:source direct
func LoadName(id string) string { return id }

func runInTx(op func() error) error { return op() }

// ListInTx fills res inside a literal this package's helper runs.
func ListInTx(res *Page) error {
	return runInTx(func() error {
		for _, r := range Load() {
			res.Rows = append(res.Rows, Row{ID: r.ID, Name: r.Name, Symptoms: r.Symptoms})
		}
		return nil
	})
}

// NamesInSharedTx fills res inside a literal another package's helper runs.
func NamesInSharedTx(res *Page) error {
	return tx.Run(func() error {
		for _, r := range Load() {
			res.Names = append(res.Names, r.Name)
		}
		return nil
	})
}

// NameInto writes a name through out in a literal called where it is made.
func NameInto(id string, out *string) {
	fill := func() { *out = LoadName(id) }
	fill()
}

// NameNested writes through out two literals deep.
func NameNested(id string, out *string) {
	func() {
		func() { *out = LoadName(id) }()
	}()
}

// CountInTx writes only what is not identifiable through res: a count
// and a constant.
func CountInTx(res *Page) error {
	return tx.Run(func() error {
		res.Count = len(Load())
		res.Note = "listed"
		return nil
	})
}

// IDsInTx writes only the unmarked key of each record.
func IDsInTx(res *Page) error {
	return runInTx(func() error {
		for _, r := range Load() {
			res.IDs = append(res.IDs, r.ID)
		}
		return nil
	})
}

// DefaultInto writes a constant through out.
func DefaultInto(out *string) {
	func() { *out = "unknown" }()
}

// CopyInTx fills the literal's own copy of the page, never the caller's.
func CopyInTx(res *Page) (int, error) {
	var n int
	err := runInTx(func() error {
		page := *res
		for _, r := range Load() {
			page.Note = r.Name
		}
		n = len(page.Note)
		return nil
	})
	return n, err
}

// FreshInTx points the captured variable at a page of its own before
// filling it: the caller's page is left as it was.
func FreshInTx(res *Page) error {
	return runInTx(func() error {
		res = &Page{}
		for _, r := range Load() {
			res.Names = append(res.Names, r.Name)
		}
		return nil
	})
}

// LogNamed logs what a function of this package wrote through a literal.
func LogNamed(id string) {
	var name string
	NameInto(id, &name)
	log.Print(name) // want `store.LoadName\(\) \(direct\) reaches log sink log.Print`
	var other string
	DefaultInto(&other)
	log.Print(other) // clean: a constant
}
