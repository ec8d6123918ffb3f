// Package ownership checks where an unexported function's flows are
// reported when its parameter's data comes back through a helper: the
// elements a helper hands back, and what a source method called on such
// an element returns, here or inside a callee, are parameter data.
//
// contract: §3 "Parameter data is the parameter itself, its fields and
// elements, and what a record parameter's methods return (p.FullName(),
// even when declared a source)".
package ownership

import (
	"fmt"
	"log"
	"sort"
)

type Chart struct {
	ID    string
	Notes string `phi:"clinical"`
}

// Summary renders the whole chart.
//
//phi:source clinical
func (c *Chart) Summary() string { return c.Notes }

// Headline is the summary with a prefix: it reads the notes through
// another of the chart's source methods.
//
//phi:source clinical
func (c *Chart) Headline() string { return "chart: " + c.Summary() }

type Item struct {
	Kind  string
	Chart *Chart
}

type Batch struct {
	Items []Item
}

// sortedItems hands back pointers to the batch's items, sorted.
func sortedItems(b *Batch) []*Item {
	out := make([]*Item, len(b.Items))
	for i := range b.Items {
		out[i] = &b.Items[i]
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// Store saves charts; its error names the chart it failed on.
type Store struct{ full bool }

func (s *Store) Save(c *Chart) error {
	if s.full {
		return fmt.Errorf("cannot save %s", c.Summary())
	}
	return nil
}

// A source method called on an element of the parameter, inside a
// helper the element is passed to: parameter data, reported at the call.

func saveAll(s *Store, b *Batch) {
	for _, it := range sortedItems(b) {
		if err := s.Save(it.Chart); err != nil {
			log.Printf("save %s: %v", it.Kind, err) // clean here: parameter data, reported at the call
		}
	}
}

func SaveAll(s *Store, b *Batch) {
	saveAll(s, b) // want `Chart.Summary\(\) \(clinical\)`
}

// Through an unexported helper of its own, which passes the element on:
// what the helper hands back of its parameter is parameter data here too.

func saveOne(s *Store, it *Item) error {
	return s.Save(it.Chart)
}

func saveEach(s *Store, b *Batch) {
	for _, it := range sortedItems(b) {
		if err := saveOne(s, it); err != nil {
			log.Printf("save %s: %v", it.Kind, err) // clean here: parameter data, reported at the call
		}
	}
}

func SaveEach(s *Store, b *Batch) {
	saveEach(s, b) // want `Chart.Summary\(\) \(clinical\)`
}

// Called here on the element: parameter data too.

func describeAll(b *Batch) {
	for _, it := range sortedItems(b) {
		log.Printf("item %s", it.Chart.Summary()) // clean here: parameter data, reported at the call
	}
}

func DescribeAll(b *Batch) {
	describeAll(b) // want `Chart.Summary\(\) \(clinical\)`
}

// The twin that logs only the kind: no flow anywhere.

func countAll(s *Store, b *Batch) {
	for _, it := range sortedItems(b) {
		if err := s.Save(it.Chart); err != nil {
			log.Printf("save %s failed", it.Kind)
		}
	}
}

func CountAll(s *Store, b *Batch) {
	countAll(s, b)
}

// A chart the function fetches itself is its own data, reported inside.

// LoadChart reads a chart from the database.
//
//phi:source clinical
func LoadChart(id string) *Chart { return nil }

func saveFetched(s *Store, b *Batch) {
	for _, it := range sortedItems(b) {
		c := LoadChart(it.Kind)
		if err := s.Save(c); err != nil {
			log.Printf("save %s: %v", it.Kind, err) // want `Chart.Summary\(\) \(clinical\)`
		}
	}
}

func SaveFetched(s *Store, b *Batch) {
	saveFetched(s, b) // clean here: the chart is fetched inside
}

// A chart the function fetches itself, into which it then writes its
// parameter: only the fields the source method reads decide. Summary
// reads the notes, so a parameter written into the ID leaves it the
// function's own, reported inside; a parameter written into the notes
// makes it parameter data, reported at the call.

func relabelFetched(id string) {
	c := LoadChart("latest")
	log.Printf("chart %s", c.Summary())  // want `Chart.Summary\(\) \(clinical\)`
	log.Printf("chart %s", c.Headline()) // want `Chart.Headline\(\) \(clinical\), Chart.Notes \(clinical\), Chart.Summary\(\) \(clinical\)`
	c.ID = id
}

func RelabelFetched(it *Item) {
	relabelFetched(it.Kind) // clean here: the chart is fetched inside
}

func refillFetched(notes string) {
	c := LoadChart("latest")
	c.Notes = notes
	log.Printf("chart %s", c.Summary()) // clean here: the notes are the parameter's, reported at the call
}

func RefillFetched(it *Item) {
	refillFetched(it.Chart.Notes) // want `Chart.Notes \(clinical\), Chart.Summary\(\) \(clinical\)`
}
