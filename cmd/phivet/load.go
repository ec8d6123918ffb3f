package main

import (
	"go/build"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Modes for loading. The analyzers need syntax for every package that
// can carry marks or summaries (the user's and third-party code), but
// never for the standard library, which the catalog models: loading it
// from source would be most of a run's time and memory.
const (
	metaMode   = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule
	sourceMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
		packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule
)

// loaded is what load returns: the packages to analyse, and which of
// them the user named (findings are reported for those only).
type loaded struct {
	pkgs  []*packages.Package
	roots map[*packages.Package]bool
}

// load loads the packages matching patterns, with every non-standard
// package they depend on from source and the standard library from
// export data.
func load(patterns []string, tests bool) (*loaded, error) {
	if tests || namesFiles(patterns) {
		// Test variants and file arguments do not survive being named
		// again by import path; load everything from source.
		return loadAllSyntax(patterns, tests)
	}
	meta, err := packages.Load(&packages.Config{Mode: metaMode}, patterns...)
	if err != nil {
		return nil, err
	}
	rootPaths := map[string]bool{}
	for _, p := range meta {
		rootPaths[p.PkgPath] = true
	}
	var paths []string
	seen := map[string]bool{}
	goroot := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	packages.Visit(meta, nil, func(p *packages.Package) {
		if seen[p.PkgPath] || p.PkgPath == "" || p.PkgPath == "unsafe" || p.PkgPath == "C" {
			return
		}
		seen[p.PkgPath] = true
		if rootPaths[p.PkgPath] || !isStandard(p, goroot) {
			paths = append(paths, p.PkgPath)
		}
	})
	if len(paths) == 0 {
		return &loaded{roots: map[*packages.Package]bool{}}, nil
	}
	pkgs, err := packages.Load(&packages.Config{Mode: sourceMode}, paths...)
	if err != nil {
		return nil, err
	}
	l := &loaded{pkgs: pkgs, roots: map[*packages.Package]bool{}}
	for _, p := range pkgs {
		if rootPaths[p.PkgPath] {
			l.roots[p] = true
		}
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

// isStandard reports whether p is part of the standard library: outside
// any module, with its files under GOROOT.
func isStandard(p *packages.Package, goroot string) bool {
	if p.Module != nil {
		return false
	}
	for _, f := range p.GoFiles {
		return strings.HasPrefix(f, goroot)
	}
	first, _, _ := strings.Cut(p.PkgPath, "/")
	return !strings.Contains(first, ".")
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
