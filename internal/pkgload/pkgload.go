// Package pkgload loads packages for analysis without compiling them.
//
// The analyzers need syntax and full type information for every package
// that can carry marks or summaries (the user's code and the third-party
// code it imports), but never for the standard library, which the
// catalog models. go/packages offers either everything from source
// (LoadAllSyntax, which type-checks the whole standard library: most of
// a run's time and memory) or, for packages not loaded from source,
// export data produced by `go list -export` — which compiles every
// package it lists, the analysed ones included. gc's time on huge
// generated functions grows faster than linearly, so a package a linter
// only needs to type-check could take minutes to compile.
//
// NewGraph therefore asks the go command for the package graph only and
// where the standard library's export data is (compiled once into the
// build cache, as go vet and every build do); Graph.Check reads a
// standard package's types from it and parses and type-checks any other
// package itself; Each calls Check, or a driver's function that does,
// in dependency order, in parallel.
package pkgload

import (
	"bufio"
	"container/heap"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// graphMode asks the go command for the package graph: names, files
// (CompiledGoFiles, for cgo's generated Go), imports, modules and sizes,
// with no type information, so nothing is built.
const graphMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// exportMode asks for the standard library's export data.
const exportMode = packages.NeedName | packages.NeedExportFile

// Graph is the package graph of a load before type checking: names,
// files and imports from the go command, and where the standard
// library's export data is. A driver that analyses each package as soon
// as its imports are done, and then drops its syntax, calls Check from
// the function it gives Each.
type Graph struct {
	Roots []*packages.Package

	fset   *token.FileSet
	roots  map[*packages.Package]bool
	export map[string]string // export data file of each standard package
	sizes  types.Sizes
}

// NewGraph asks the go command for the graph of the packages matching
// patterns, and for the export data of the standard packages in it
// (building it into the cache if need be). Nothing is type-checked.
func NewGraph(dir string, patterns ...string) (*Graph, error) {
	roots, err := packages.Load(&packages.Config{Mode: graphMode, Dir: dir}, patterns...)
	if err != nil {
		return nil, err
	}
	g := &Graph{
		Roots: roots,
		fset:  token.NewFileSet(),
		roots: map[*packages.Package]bool{},
		sizes: types.SizesFor("gc", build.Default.GOARCH),
	}
	for _, p := range roots {
		g.roots[p] = true
	}
	var std []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		if g.fromExportData(p) {
			std = append(std, p.PkgPath)
		}
	})
	if len(std) > 0 {
		if err := g.readExportData(dir, std); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// Check gives p its types: from export data for the standard library,
// from source (with syntax and types.Info) for the rest. Every import of
// p must have been checked; Each calls it in that order.
func (g *Graph) Check(p *packages.Package) {
	p.Fset = g.fset
	if p.TypesSizes == nil {
		p.TypesSizes = g.sizes
	}
	switch {
	case p.PkgPath == "unsafe":
		p.Types = types.Unsafe
	case g.fromExportData(p):
		t, err := g.importStandard(p)
		if err != nil {
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.ListError})
			p.Types = types.NewPackage(p.PkgPath, p.Name)
		} else {
			p.Types = t
		}
	default:
		g.checkSource(p)
	}
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		p.IllTyped = p.IllTyped || imp.IllTyped
	}
}

// fromExportData reports whether p is a standard library package that
// the user did not name: loaded from export data, without syntax.
func (g *Graph) fromExportData(p *packages.Package) bool {
	return !g.roots[p] && isStandard(p) && p.PkgPath != "unsafe"
}

var gorootSrc = filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)

// isStandard reports whether p is part of the standard library: outside
// any module, with its files under GOROOT.
func isStandard(p *packages.Package) bool {
	if p.Module != nil {
		return false
	}
	for _, f := range p.GoFiles {
		return strings.HasPrefix(f, gorootSrc)
	}
	first, _, _ := strings.Cut(p.PkgPath, "/")
	return !strings.Contains(first, ".")
}

// readExportData finds the export data of the standard packages paths
// (building it into the cache if need be) and gives each its types.
func (g *Graph) readExportData(dir string, paths []string) error {
	listed, err := packages.Load(&packages.Config{Mode: exportMode, Dir: dir}, paths...)
	if err != nil {
		return err
	}
	g.export = map[string]string{}
	for _, p := range listed {
		g.export[p.PkgPath] = p.ExportFile
	}
	return nil
}

// importStandard reads p's types from its export data. The packages it
// refers to are those of its transitive imports, already loaded: seeding
// the reader with them keeps one types.Package per path even when some
// were checked from source (the user named part of the standard library).
func (g *Graph) importStandard(p *packages.Package) (*types.Package, error) {
	file := g.export[p.PkgPath]
	if file == "" {
		return nil, fmt.Errorf("no export data for %s", p.PkgPath)
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// go list -export gives the compiler's archive files up to go1.27,
	// which only NewReader opens (its deprecation is for go1.29).
	r, err := gcexportdata.NewReader(bufio.NewReader(f)) //nolint:staticcheck // SA1019, see above
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", p.PkgPath, err)
	}
	return gcexportdata.Read(r, g.fset, ImportView(p), p.PkgPath)
}

// ImportView maps the path of every package p imports, directly or not,
// to its types: what an export data reader for p must be given so that
// it refers to those packages rather than creating copies of them.
func ImportView(p *packages.Package) map[string]*types.Package {
	view := map[string]*types.Package{}
	packages.Visit(slices.Collect(maps.Values(p.Imports)), nil, func(q *packages.Package) {
		if q.Types != nil {
			view[q.PkgPath] = q.Types
		}
	})
	return view
}

// Each calls fn for every package of the graph under roots, each after
// fn has returned for all its imports, at most n at a time. An import
// that closes a cycle (which the go command has already reported as an
// error) is not waited for, so a broken graph cannot deadlock.
//
// Of the packages ready to go, the first in a depth-first postorder from
// the roots goes first: the imports of one root are finished before the
// next root's are started, so a driver that drops a package once all
// its importers are done holds few packages at a time.
func Each(roots []*packages.Package, n int, fn func(p *packages.Package)) {
	all, waitFor := dependencyOrder(roots)
	order := make(map[*packages.Package]int, len(all))
	waiting := make(map[*packages.Package]int, len(all))
	importers := map[*packages.Package][]*packages.Package{}
	var ready readyQueue
	for i, p := range all {
		order[p] = i
		waiting[p] = len(waitFor[p])
		for _, imp := range waitFor[p] {
			importers[imp] = append(importers[imp], p)
		}
		if waiting[p] == 0 {
			heap.Push(&ready, i)
		}
	}
	var mu sync.Mutex
	wake := sync.NewCond(&mu)
	left := len(all) // not yet started
	var wg sync.WaitGroup
	for range max(n, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			for {
				for ready.Len() == 0 && left > 0 {
					wake.Wait()
				}
				if left == 0 {
					return
				}
				p := all[heap.Pop(&ready).(int)]
				left--
				mu.Unlock()
				fn(p)
				mu.Lock()
				for _, q := range importers[p] {
					if waiting[q]--; waiting[q] == 0 {
						heap.Push(&ready, order[q])
					}
				}
				wake.Broadcast()
			}
		}()
	}
	wg.Wait()
}

// readyQueue holds positions in the dependency order, least first
// (container/heap).
type readyQueue []int

func (q readyQueue) Len() int           { return len(q) }
func (q readyQueue) Less(i, j int) bool { return q[i] < q[j] }
func (q readyQueue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *readyQueue) Push(x any)        { *q = append(*q, x.(int)) }
func (q *readyQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// dependencyOrder returns the packages of the graph, and for each the
// imports to wait for: all of them, except an import that closes a cycle
// (which the go command has already reported as an error), so that a
// broken graph cannot deadlock the load.
func dependencyOrder(roots []*packages.Package) ([]*packages.Package, map[*packages.Package][]*packages.Package) {
	const (
		visiting = 1
		visited  = 2
	)
	state := map[*packages.Package]int{}
	waitFor := map[*packages.Package][]*packages.Package{}
	var all []*packages.Package
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		state[p] = visiting
		for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
			imp := p.Imports[path]
			switch state[imp] {
			case visiting:
				continue // a cycle: do not wait on a package waiting on p
			case 0:
				visit(imp)
			}
			waitFor[p] = append(waitFor[p], imp)
		}
		state[p] = visited
		all = append(all, p)
	}
	for _, r := range roots {
		if state[r] == 0 {
			visit(r)
		}
	}
	return all, waitFor
}

// checkSource parses and type-checks p from its compiled Go files.
func (g *Graph) checkSource(p *packages.Package) {
	for _, name := range p.CompiledGoFiles {
		f, err := parser.ParseFile(g.fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
		if err != nil {
			p.Errors = append(p.Errors, parseErrors(err)...)
		}
	}
	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	cfg := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil {
				return nil, fmt.Errorf("could not import %s (no package for import %s)", path, path)
			}
			if imp.Types == nil || !imp.Types.Complete() {
				return nil, fmt.Errorf("could not import %s (type-checking failed)", path)
			}
			return imp.Types, nil
		}),
		Sizes: p.TypesSizes,
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				p.TypeErrors = append(p.TypeErrors, te)
				p.Errors = append(p.Errors, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
				return
			}
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
		},
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		cfg.GoVersion = "go" + p.Module.GoVersion
	}
	err := types.NewChecker(cfg, g.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if err != nil && len(p.Errors) == 0 {
		p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.TypeError})
	}
}

// parseErrors converts what the parser returns to packages.Errors.
func parseErrors(err error) []packages.Error {
	var list scanner.ErrorList
	if errors.As(err, &list) {
		out := make([]packages.Error, 0, len(list))
		for _, e := range list {
			out = append(out, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
		return out
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return []packages.Error{{Pos: pe.Path + ":1", Msg: pe.Err.Error(), Kind: packages.ParseError}}
	}
	return []packages.Error{{Pos: "-", Msg: err.Error(), Kind: packages.ParseError}}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
