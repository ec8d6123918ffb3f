// Package generics holds generic code and higher-order helpers: the data
// must be followed through type parameters and callbacks, and index-only
// callbacks must stay clean.
package generics

import (
	"log"
	"sort"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

// Map is the usual hand-written generic helper.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Each[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func Generic[T interface{ ~string }](v T) { log.Println(v) }

func Names(ps []*Patient) {
	names := Map(ps, func(p *Patient) string { return p.Name })
	log.Println(names) // want `Patient.Name \(direct\) reaches log sink log.Println`
	ids := Map(ps, func(p *Patient) string { return p.ID })
	log.Println(ids) // clean: only surrogate keys
}

func Boxed(p *Patient) {
	b := Box[string]{V: p.Name}
	log.Println(b.Get()) // want `Patient.Name \(direct\) reaches log sink log.Println`
	c := Box[string]{V: p.ID}
	log.Println(c.Get()) // clean: surrogate key
}

func ViaTypeParam(p *Patient) {
	Generic(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	Generic(p.ID)   // clean: surrogate key
}

func Callback(names []string, p *Patient) {
	Each([]string{p.Name}, func(s string) {
		log.Println(s) // want `Patient.Name \(direct\) reaches log sink log.Println`
	})
	Each(names, func(s string) {
		log.Println(s) // clean: names is not marked data
	})
}

func SortByIndex(ps []*Patient) {
	sort.Slice(ps, func(i, j int) bool {
		log.Println(i, j) // clean: indexes are not the patients
		return ps[i].ID < ps[j].ID
	})
}

// Patients is a named collection of records: a record too.
type Patients []*Patient

func NamedCollection(ps Patients) {
	log.Printf("%v", ps)      // want `Patient.Name \(direct\) reaches log sink log.Printf`
	log.Printf("%d", len(ps)) // clean: a count
}

// A row a callback builds field by field keeps its fields apart in the
// collection the helper returns.
type Row struct {
	ID   string
	Name string
}

func Rows(ps []*Patient) {
	rows := Map(ps, func(p *Patient) Row { return Row{ID: p.ID, Name: p.Name} })
	log.Println(rows)       // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(rows[0].ID) // clean: only the surrogate key
	keys := Map(ps, func(p *Patient) Row { return Row{ID: p.ID} })
	log.Println(keys) // clean: rows of surrogate keys
	one := Map(ps, func(p *Patient) []Row { return []Row{{Name: p.Name}} })
	log.Println(one) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// A declared function passed by name is applied as a literal is.
func toRow(p *Patient) Row { return Row{ID: p.ID, Name: p.Name} }

func toKey(p *Patient) Row { return Row{ID: p.ID} }

func nameOf(p *Patient) string { return p.Name }

func idOf(p *Patient) string { return p.ID }

func RowsByName(ps []*Patient) {
	log.Println(Map(ps, toRow))  // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(Map(ps, toKey))  // clean: rows of surrogate keys
	log.Println(Map(ps, nameOf)) // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(Map(ps, idOf))   // clean: surrogate keys
	rows := Map(ps, toRow)
	log.Println(rows[0].ID) // clean: only the surrogate key
}
