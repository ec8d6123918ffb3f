package main

import (
	"fmt"
	"io"
	"sort"

	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/suite"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
	"github.com/phivet/phivet/internal/driver"
)

var mapWriters = map[string]func(io.Writer, *flowmap.Map) error{
	"markdown": flowmap.Markdown,
	"json":     flowmap.JSON,
	"html":     flowmap.HTML,
	"csv":      flowmap.CSV,
}

// mapMain is `phivet map`: the data-flow inventory of the packages, built
// from the same analysis as the findings (docs/map.md).
func mapMain(args []string, stdout, stderr io.Writer) int {
	fs, format, configFile, tests := newFlagSet("phivet map", stderr, "markdown", "output `format`: markdown, json, html, or csv (a record-of-processing table)", "also analyse _test.go files")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: phivet map [flags] PACKAGES\n\nphivet map lists every identifiable field, type, source function and variable,\nhow it is marked, and each sink it reaches with what stands on the path;\nwho receives the data (a logger, a host, a file); and every //phi:ignore with its reason.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if status, done := parseFlags(fs, args); done {
		return status
	}
	write, ok := chooseWriter(stderr, "phivet map", fs, mapWriters, *format, "markdown, json, html or csv", "packages")
	if !ok {
		return exitError
	}
	cfg, cwd, err := loadConfigHere(*configFile)
	if err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	if err := suite.Configure(suite.Settings{Config: cfg, Codes: "all", Tests: *tests}); err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	res, err := analyse(fs.Args(), analyseOptions{tests: *tests, forMap: true}, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "phivet map: %v\n", err)
		return exitError
	}
	root := repoRoot(cwd)
	m := flowmap.Build("phivet "+version(), mapPackages(res.mapped), func(file string) string {
		if file == "" {
			return ""
		}
		return output.RepoFile(file, root)
	})
	return exitAfterWriting(stderr, "phivet map", write(stdout, m), res.failed)
}

// mapPackage keeps what phivet map needs of a package the user named:
// its syntax and types, and what the suite's analyzers found in it.
func mapPackage(p *driver.Package) flowmap.Package {
	m := flowmap.Package{Path: p.PkgPath, Fset: p.Fset, Files: p.Syntax, Types: p.Types, Info: p.TypesInfo}
	for _, r := range p.Results {
		switch r := r.(type) {
		case *phidirective.Result:
			m.Dir = r
		case *phiflow.Result:
			m.Flow = r
		case *phidiscover.Result:
			m.Discover = r
		}
	}
	return m
}

// mapPackages orders the mapped packages by ID; a package whose
// directives could not be read (it did not type-check) is left out.
func mapPackages(mapped map[string]flowmap.Package) []flowmap.Package {
	ids := make([]string, 0, len(mapped))
	for id, p := range mapped {
		if p.Dir != nil {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	out := make([]flowmap.Package, len(ids))
	for i, id := range ids {
		out[i] = mapped[id]
	}
	return out
}
