package main

import "golang.org/x/tools/go/analysis"

// boundRuns lets at most n of the analyzers' Run functions execute at
// once, and returns a function undoing it. The checker starts a goroutine
// for every action whose dependencies are done; on a wide package graph
// that is dozens of packages built into SSA and analysed side by side,
// each holding its working set, for no gain in speed beyond the number of
// CPUs. An action waits for its dependencies outside Run, so bounding Run
// cannot deadlock. Wrapping Run is the driver's business: the analyzers
// stay as go vet, golangci-lint and nogo see them.
func boundRuns(analyzers []*analysis.Analyzer, n int) (restore func()) {
	slots := make(chan struct{}, n)
	var all []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var add func(a *analysis.Analyzer)
	add = func(a *analysis.Analyzer) {
		if !seen[a] {
			seen[a] = true
			all = append(all, a)
			for _, req := range a.Requires {
				add(req)
			}
		}
	}
	for _, a := range analyzers {
		add(a)
	}
	saved := make([]func(*analysis.Pass) (any, error), len(all))
	for i, a := range all {
		run := a.Run
		saved[i] = run
		a.Run = func(pass *analysis.Pass) (any, error) {
			slots <- struct{}{}
			defer func() { <-slots }()
			return run(pass)
		}
	}
	return func() {
		for i, a := range all {
			a.Run = saved[i]
		}
	}
}
