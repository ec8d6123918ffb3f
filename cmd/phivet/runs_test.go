package main

import (
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func TestBoundRunsLimitsConcurrentRunsAndRestores(t *testing.T) {
	var running, most atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{}, 8)
	run := func(*analysis.Pass) (any, error) {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		started <- struct{}{}
		<-release
		running.Add(-1)
		return nil, nil
	}
	prereq := &analysis.Analyzer{Name: "prereq", Doc: "prereq", Run: run}
	a := &analysis.Analyzer{Name: "a", Doc: "a", Run: run, Requires: []*analysis.Analyzer{prereq}}
	restore := boundRuns([]*analysis.Analyzer{a}, 2)

	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			an := a
			if i%2 == 0 {
				an = prereq // prerequisites are bounded too
			}
			an.Run(new(analysis.Pass))
		}()
	}
	<-started
	<-started
	// Two runs hold both slots; the others wait. Let them through one by
	// one: at no point may more than two run.
	for range 6 {
		release <- struct{}{}
	}
	wg.Wait()
	if got := most.Load(); got != 2 {
		t.Errorf("at most %d runs at once, want 2", got)
	}
	restore()
	if reflect.ValueOf(a.Run).Pointer() != reflect.ValueOf(run).Pointer() ||
		reflect.ValueOf(prereq.Run).Pointer() != reflect.ValueOf(run).Pointer() {
		t.Error("restore did not put the analyzers' Run back")
	}
}
