package main

import (
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/internal/pkgload"
)

// loaded is what load returns: the packages the user named, with their
// dependencies, and how to type-check each (nil when they come checked).
type loaded struct {
	roots []*packages.Package
	check func(*packages.Package)
	graph *pkgload.Graph // nil when go/packages loaded everything
}

// load finds the packages matching patterns. Normally nothing is
// type-checked yet: the driver checks each package when it analyses it,
// every non-standard package from source and the standard library from
// export data, so nothing the user wrote is compiled and no package's
// syntax outlives its analysis.
func load(patterns []string, tests bool) (*loaded, error) {
	if tests || namesFiles(patterns) {
		// Test variants and file arguments need go/packages' handling of
		// both; load everything from source.
		pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: tests}, patterns...)
		if err != nil {
			return nil, err
		}
		return &loaded{roots: pkgs}, nil
	}
	g, err := pkgload.NewGraph("", patterns...)
	if err != nil {
		return nil, err
	}
	return &loaded{roots: g.Roots, check: g.Check, graph: g}, nil
}

// namesFiles reports whether any pattern names .go files.
func namesFiles(patterns []string) bool {
	for _, p := range patterns {
		if strings.HasSuffix(p, ".go") {
			return true
		}
	}
	return false
}
