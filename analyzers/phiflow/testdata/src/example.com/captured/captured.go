// Package captured exercises field sensitivity through a slice a closure
// captures (a local the function keeps in memory): what a callee writes
// into one field of the elements stays in that field, and the other
// fields hold only what was put in them.
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
