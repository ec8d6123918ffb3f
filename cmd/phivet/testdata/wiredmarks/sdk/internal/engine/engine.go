// Package engine is an SDK's internal implementation: its callers'
// packages do not import it.
package engine

import "log"

type Options struct{ Queue string }

type runner struct{}

func New() *runner { return &runner{} }

func (*runner) Run(o Options, args ...any) error {
	log.Printf("queueing on %s: %v", o.Queue, args)
	return nil
}
