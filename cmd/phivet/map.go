package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
)

var mapWriters = map[string]func(io.Writer, *flowmap.Map) error{
	"markdown": flowmap.Markdown,
	"json":     flowmap.JSON,
	"html":     flowmap.HTML,
}

// mapMain is `phivet map`: the data-flow inventory of the packages, built
// from the same analysis as the findings (docs/map.md).
func mapMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("phivet map", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("f", "markdown", "output `format`: markdown, json or html")
	configFile := fs.String("config", "", "configuration `file` (default: phivet.yaml found walking up from the current directory)")
	tests := fs.Bool("tests", false, "also analyse _test.go files")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: phivet map [flags] PACKAGES\n\nphivet map lists every identifiable field, type, source function and variable,\nhow it is marked, and each sink it reaches with what stands on the path.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitError
	}
	write, ok := mapWriters[*format]
	if !ok {
		fmt.Fprintf(stderr, "phivet map: -f: unknown format %q (want markdown, json or html)\n", *format)
		return exitError
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "phivet map: no packages named\n")
		fs.Usage()
		return exitError
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	cfg, err := loadConfig(*configFile, cwd)
	if err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	if err := (settings{cfg: cfg, checks: "all", tests: *tests}).apply(); err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	res, err := analyse(fs.Args(), *tests, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	root := repoRoot(cwd)
	m := flowmap.Build("phivet "+version(), mapPackages(res), func(file string) string {
		if file == "" {
			return ""
		}
		return output.RepoFile(file, root)
	})
	if err := write(stdout, m); err != nil {
		fmt.Fprintf(stderr, "phivet map: writing output: %v\n", err)
		return exitError
	}
	if res.failed {
		return exitError
	}
	return exitClean
}

// mapPackages gathers, for each package the user named, what the suite's
// analyzers found in it.
func mapPackages(res *result) []flowmap.Package {
	byPath := map[string]*flowmap.Package{}
	for act := range res.graph.All() {
		if !act.IsRoot || !res.roots[act.Package] || act.Err != nil {
			continue
		}
		p := byPath[act.Package.ID]
		if p == nil {
			p = &flowmap.Package{Path: act.Package.PkgPath, Fset: act.Package.Fset, Files: act.Package.Syntax,
				Types: act.Package.Types, Info: act.Package.TypesInfo}
			byPath[act.Package.ID] = p
		}
		switch r := act.Result.(type) {
		case *phidirective.Result:
			p.Dir = r
		case *phiflow.Result:
			p.Flow = r
		case *phidiscover.Result:
			p.Discover = r
		}
	}
	ids := make([]string, 0, len(byPath))
	for id, p := range byPath {
		if p.Dir != nil {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	out := make([]flowmap.Package, len(ids))
	for i, id := range ids {
		out[i] = *byPath[id]
	}
	return out
}
