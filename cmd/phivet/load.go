package main

import (
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/internal/pkgload"
)

// loaded is what load returns: the packages to analyse, and which of
// them the user named (findings are reported for those only).
type loaded struct {
	pkgs  []*packages.Package
	roots map[*packages.Package]bool
}

// load loads the packages matching patterns, with every non-standard
// package they depend on type-checked from source and the standard
// library from export data; nothing the user wrote is compiled.
func load(patterns []string, tests bool) (*loaded, error) {
	if tests || namesFiles(patterns) {
		// Test variants and file arguments need go/packages' handling of
		// both; load everything from source.
		return loadAllSyntax(patterns, tests)
	}
	pkgs, err := pkgload.Load("", patterns...)
	if err != nil {
		return nil, err
	}
	l := &loaded{pkgs: pkgs, roots: map[*packages.Package]bool{}}
	for _, p := range pkgs {
		l.roots[p] = true
	}
	return l, nil
}

func loadAllSyntax(patterns []string, tests bool) (*loaded, error) {
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: tests}, patterns...)
	if err != nil {
		return nil, err
	}
	l := &loaded{pkgs: pkgs, roots: map[*packages.Package]bool{}}
	for _, p := range pkgs {
		l.roots[p] = true
	}
	return l, nil
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
