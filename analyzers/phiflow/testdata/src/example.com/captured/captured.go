// Package captured exercises field sensitivity through what closures
// capture: a slice of structs a closure captures (a local the function
// keeps in memory), a slice elements are appended to, and an interface
// value the literals of a dispatch table share. What is written into one
// field stays in that field, and the other fields hold only what was put
// in them.
package captured

import (
	"log"
	"sync"
)

type Task struct {
	Route  *Route
	Result *Result
}

type Route struct {
	Path string
}

type Result struct {
	Summary string
}

// Lookup returns a stored clinical summary.
//
//phi:source clinical
func Lookup(path string) string { return "summary of " + path }

func complete(t *Task) {
	t.Result = &Result{Summary: Lookup(t.Route.Path)}
}

func RunAll(tasks []*Task) {
	for _, t := range tasks {
		complete(t)
	}
	for _, t := range tasks {
		log.Printf("done %s", t.Route.Path) // clean: the route holds no summary
	}
	var wg sync.WaitGroup
	for i := range tasks {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			log.Print(tasks[i].Result.Summary) // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
		}(i)
	}
	wg.Wait()
	log.Print(tasks[0].Route.Path) // clean: through the captured slice too
}

func RunCopied(tasks []*Task) {
	pending := tasks
	done := func() int { return len(pending) }
	for _, t := range pending {
		complete(t)
	}
	log.Print(pending[0].Result.Summary) // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
	log.Print(pending[0].Route.Path, done())
}

// Slot pairs a key with what is filed under it.
type Slot struct {
	Key  string
	Body *string
}

type Shelf struct {
	Slots []Slot
}

func (s *Shelf) file(key string, body string) {
	s.Slots = append(s.Slots, Slot{Key: key, Body: &body})
}

// Appended: each field of an appended element keeps its own data.
func Appended() {
	var s Shelf
	s.file("referral/1", Lookup("referral/1"))
	log.Print(s.Slots[0].Key)   // clean: the key holds no summary
	log.Print(*s.Slots[0].Body) // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
	for _, slot := range s.Slots {
		log.Print(slot.Key)   // clean
		log.Print(*slot.Body) // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
	}
}

func (s *Shelf) first() *Slot {
	for i := range s.Slots {
		return &s.Slots[i]
	}
	return nil
}

func (s *Shelf) firstCopy() Slot {
	for _, slot := range s.Slots {
		return slot
	}
	return Slot{}
}

// Returned: an element a method returns keeps its fields apart too.
func Returned() {
	var s Shelf
	s.file("referral/2", Lookup("referral/2"))
	if slot := s.first(); slot != nil {
		log.Print(slot.Key)   // clean
		log.Print(*slot.Body) // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
	}
	c := s.firstCopy()
	log.Print(c.Key)   // clean
	log.Print(*c.Body) // want `captured.Lookup\(\) \(clinical\) reaches log sink log.Print`
}
