package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/packs"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/suite"
	"github.com/phivet/phivet/cmd/phivet/internal/flowmap"
	"github.com/phivet/phivet/cmd/phivet/internal/output"
	"github.com/phivet/phivet/docs"
	"github.com/phivet/phivet/internal/driver"
)

// explainPacks is the -explain argument that prints the packs and every
// mark in them.
const explainPacks = "packs"

// Exit statuses, as staticcheck and go vet use them.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

func cliMain(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "map" {
		return mapMain(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "explain" {
		return explainMain(args[1:], stdout, stderr)
	}
	fs, format, configFile, tests := newFlagSet("phivet", stderr, "text", "output `format`: text, json or sarif", "also analyse and report _test.go files")
	checks := fs.String("checks", "all", "`codes` to report, comma-separated; \"all\", a code, a prefix like PHI1*, or -CODE to disable")
	explain := fs.String("explain", "", "print the documentation of `CODE` (or of the packs, with \"packs\") and exit")
	showVersion := fs.Bool("version", false, "print the version and exit")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to `file`")
	memProfile := fs.String("memprofile", "", "write the heap profile of the largest live heap to `file`")
	baseline := fs.String("baseline", "", "report only findings not in the baseline `file` (see -write-baseline)")
	writeBase := fs.String("write-baseline", "", "write every finding to the baseline `file` and exit 0")
	fix := fs.Bool("fix", false, "apply suggested fixes (wrapping data in a sanitizer phivet.yaml names for its class)")
	verbose := fs.Bool("v", false, "after the run, print on stderr a line of coverage: the calls passing identifiable data to a callee phivet cannot follow, the call cycles that did not settle and the functions where an internal limit was reached (phivet map lists them)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: phivet [flags] PACKAGES\n       phivet map [-f markdown|json|html|csv] PACKAGES\n       phivet explain [-f text|json] FILE:LINE [PACKAGES]\n\nphivet finds patient-identifiable data that is logged, exported or transmitted\nwithout a disclosure check, an audit call or a sanitizer.\n\nFlags:\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExit status: 0 no findings, 1 findings, 2 usage, configuration or load error.\n")
	}
	if status, done := parseFlags(fs, args); done {
		return status
	}
	switch {
	case *showVersion:
		fmt.Fprintf(stdout, "phivet %s\n", version())
		return exitClean
	case *explain == explainPacks:
		fmt.Fprint(stdout, docs.PlainText(string(packs.Markdown())))
		return exitClean
	case *explain != "":
		text, ok := docs.CodeText(*explain)
		if !ok {
			fmt.Fprintf(stderr, "phivet: -explain: unknown code %q (codes are PHI1001–PHI1004, PHI2001–PHI2004, PHI3001–PHI3002; or packs)\n", *explain)
			return exitError
		}
		fmt.Fprint(stdout, text)
		return exitClean
	}
	write, ok := chooseWriter(stderr, "phivet", fs, writers, *format, "text, json or sarif", "packages")
	if !ok {
		return exitError
	}
	stop, err := startProfiles(*cpuProfile, *memProfile)
	if err != nil {
		fmt.Fprintf(stderr, "phivet: %v\n", err)
		return exitError
	}
	defer stop()
	cfg, cwd, err := loadConfigHere(*configFile)
	if err != nil {
		fmt.Fprintf(stderr, "phivet: %v\n", err)
		return exitError
	}
	if err := suite.Configure(suite.Settings{Config: cfg, Codes: *checks, Tests: *tests}); err != nil {
		fmt.Fprintf(stderr, "phivet: %v\n", err)
		return exitError
	}
	aopts := analyseOptions{tests: *tests, coverage: *verbose}
	if cfg.File != "" || len(packs.Select(cfg)) > 0 {
		aopts.names = wantedNames(cfg)
	}
	if !*fix {
		// -fix needs the analysis itself, not only its findings.
		aopts.cache = openRunCache()
		aopts.inputs = runInputs{cwd: cwd, args: args, configFile: cfg.File, config: cfg.Encode()}
	}
	res, err := analyse(fs.Args(), aopts, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "phivet: %v\n", err)
		return exitError
	}
	if res.coverage != nil {
		defer fmt.Fprintf(stderr, "phivet: coverage: %s\n", res.coverage)
	}
	warnUnmatched(cfg, nameSet(res.names), stderr)
	enabled, _ := codes.ParseSelection(*checks) // suite.Configure checked it
	res.findings = append(res.findings, uselessConfig(cfg, enabled)...)
	opts := output.Options{
		Root:        repoRoot(cwd),
		WorkDir:     cwd,
		ToolVersion: version(),
		HelpBaseURI: output.DefaultHelpBaseURI,
	}
	if *fix {
		if err := applyFixes(res, stderr); err != nil {
			fmt.Fprintf(stderr, "phivet: -fix: %v\n", err)
			return exitError
		}
	}
	if *writeBase != "" {
		if err := writeBaseline(*writeBase, res.findings, opts.Root); err != nil {
			fmt.Fprintf(stderr, "phivet: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "phivet: wrote %d findings to baseline %s\n", len(res.findings), *writeBase)
		if res.failed {
			return exitError
		}
		return exitClean
	}
	if *baseline != "" {
		base, err := readBaseline(*baseline)
		if err != nil {
			fmt.Fprintf(stderr, "phivet: %v\n", err)
			return exitError
		}
		var stale []staleEntry
		res.findings, stale = applyBaseline(res.findings, base, opts.Root)
		reportStale(stderr, base, stale, enabled)
	}
	if err := write(stdout, res.findings, opts); err != nil {
		fmt.Fprintf(stderr, "phivet: writing output: %v\n", err)
		return exitError
	}
	switch {
	case res.failed:
		return exitError
	case len(res.findings) > 0:
		return exitFindings
	}
	return exitClean
}

var writers = map[string]func(io.Writer, []output.Finding, output.Options) error{
	"text":  output.Text,
	"json":  output.JSON,
	"sarif": output.SARIF,
}

// loadConfig reads the named file, or phivet.yaml found walking up from
// dir, or returns the default configuration when there is none.
// loadConfigHere is loadConfig from the working directory, which it
// returns too.
func loadConfigHere(name string) (cfg *config.Config, cwd string, err error) {
	if cwd, err = os.Getwd(); err != nil {
		return nil, "", err
	}
	cfg, err = loadConfig(name, cwd)
	return cfg, cwd, err
}

func loadConfig(name, dir string) (*config.Config, error) {
	if name == "" {
		found, err := config.Find(dir)
		if err != nil {
			return nil, err
		}
		if found == "" {
			return config.Default(), nil
		}
		name = found
	}
	return config.Load(name)
}

// result is what a run found.
type result struct {
	findings []output.Finding
	fixes    []findingFix // suggested fixes, by index into findings
	failed   bool         // a package did not load or type-check, or an analyzer failed
	// mapped is, when asked for, what the analyzers found in each
	// package the user named, for phivet map.
	mapped map[string]flowmap.Package // by package ID
	// names are, when asked for, the names the program declares, by
	// what they name (declaredNames).
	names map[string][]string
	// coverage is, when asked for, what the map's coverage section
	// counts in the packages the user named.
	coverage *flowmap.CoverageCount
}

// analyseOptions say what a run is to analyse and keep.
type analyseOptions struct {
	tests bool // the test variants of the packages too
	// forMap keeps what phivet map needs of each package the user named.
	forMap bool
	// names, when not nil, keeps the names every package declares,
	// roots and dependencies, that the warnings about configuration
	// that names nothing ask about (wantedNames).
	names *nameQueries
	// cache, when not nil, keeps the findings of a run that succeeds and
	// gives them back to a later run with the same inputs.
	cache  *runCache
	inputs runInputs
	// coverage counts what phivet map lists under coverage (-v).
	coverage bool
}

// analyse loads the packages and runs the suite over them. Packages that
// do not load or type-check are reported on stderr and make the run fail,
// but the others are still analysed.
func analyse(patterns []string, opts analyseOptions, stderr io.Writer) (*result, error) {
	l, err := load(patterns, opts.tests)
	if err != nil {
		return nil, err
	}
	if len(l.roots) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	res := &result{mapped: map[string]flowmap.Package{}}
	if opts.names != nil {
		res.names = map[string][]string{}
	}
	key := ""
	if opts.cache != nil && l.graph != nil && !opts.forMap {
		key = opts.cache.key(opts.inputs, l.graph)
	}
	if key != "" {
		if run, ok := opts.cache.get(key); ok && (run.Coverage != nil || !opts.coverage) {
			res.findings = run.Findings
			res.coverage = run.Coverage
			if opts.names != nil {
				res.names = run.Names
			}
			return res, nil
		}
	}
	var failures []string
	seen := map[string]bool{}
	addFindings := func(fs []packageFinding) {
		for _, pf := range fs {
			f := pf.finding
			key := fmt.Sprintf("%s:%d:%d:%s:%s:%v", f.Pos.File, f.Pos.Line, f.Pos.Column, f.Code, f.Message, f.SinkPlace())
			if seen[key] {
				continue // the same file analysed in a package and its test variant
			}
			seen[key] = true
			res.findings = append(res.findings, f)
			res.fixes = append(res.fixes, fixesOf(pf.fset, pf.diag, len(res.findings)-1)...)
		}
	}
	index := newProgramIndex()
	var pending []*pendingPackage
	var tally *flowmap.CoverageTally
	if opts.coverage {
		tally = flowmap.NewCoverageTally()
	}
	driver.Run(suite.Analyzers, l.roots, driver.Options{
		Check:     l.check,
		KeepTypes: opts.forMap, // the map keeps syntax whose objects must stay the importers'
		Visit: func(p *driver.Package) {
			failures = append(failures, failureMessages(p)...)
			if res.names != nil && p.Types != nil {
				declaredNames(p.Types, res.names, opts.names)
			}
			flow, _ := p.Results[phiflow.Analyzer].(*phiflow.Result)
			index.add(p, flow, opts.forMap)
			if !p.Root {
				return
			}
			if opts.forMap {
				res.mapped[p.ID] = mapPackage(p)
			}
			if flow != nil && (len(flow.Dispatches) > 0 || len(flow.SlotReads) > 0) {
				// Its findings wait for the completion step.
				p.Retain = true
				pp := &pendingPackage{pkg: p, calls: pendingCalls(flow.Dispatches), seesData: flow.SeesData, slotReads: flow.SlotReads, first: findingsOf(p), discovered: discoveredLines(p)}
				if len(flow.SlotReads) > 0 {
					pp.deps = dependencyPaths(p.Types)
				}
				if tally != nil {
					pp.firstFlow = flow
				}
				pending = append(pending, pp)
				return
			}
			if tally != nil && flow != nil {
				tally.Add(p.Fset, flow.Result)
			}
			addFindings(findingsOf(p))
		},
		Complete: func(recheck driver.Recheck, done driver.Done) {
			completeAll(pending, recheck, done, index, opts.forMap || tally != nil)
			for _, pp := range pending {
				if tally != nil {
					flow := pp.firstFlow
					if pp.flow != nil {
						flow = pp.flow
					}
					tally.Add(pp.pkg.Fset, flow.Result)
				}
				failures = append(failures, pp.failures...)
				if m, ok := res.mapped[pp.pkg.ID]; ok && pp.flow != nil {
					m.Flow = pp.flow
					res.mapped[pp.pkg.ID] = m
				}
				addFindings(pp.first)
			}
		},
	})
	if printLoadErrors(l.roots, stderr) {
		res.failed = true
	}
	sort.Strings(failures)
	for _, msg := range failures {
		fmt.Fprintf(stderr, "phivet: %s\n", msg)
		res.failed = true
	}
	if tally != nil {
		c := tally.Count()
		res.coverage = &c
	}
	if key != "" && !res.failed {
		opts.cache.put(key, &cachedRun{Findings: res.findings, Names: res.names, Coverage: res.coverage})
	}
	return res, nil
}

// failureMessages returns what went wrong on the package: analyzers that
// failed (not those that did not run because of an error reported
// elsewhere), and phiflow's own internal errors.
func failureMessages(p *driver.Package) []string {
	var msgs []string
	for _, f := range p.Failures {
		if !f.Consequential {
			msgs = append(msgs, fmt.Sprintf("internal error: analyzer %s failed on package %s: %v", f.Analyzer.Name, p.PkgPath, f.Err))
		}
	}
	for _, d := range p.Diagnostics {
		if d.Category == phiflow.InternalCategory {
			msgs = append(msgs, d.Message)
		}
	}
	return msgs
}

// printLoadErrors prints every package's load and type errors once and
// reports whether there were any.
func printLoadErrors(pkgs []*packages.Package, w io.Writer) bool {
	printed := map[string]bool{}
	any := false
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Msg
			if e.Pos != "" {
				msg = e.Pos + ": " + msg
			}
			line := fmt.Sprintf("%s: %s", p.PkgPath, msg)
			if printed[line] {
				continue
			}
			printed[line] = true
			fmt.Fprintf(w, "phivet: %s\n", line)
			any = true
		}
	})
	return any
}

// repoRoot is the nearest enclosing directory with a .git entry, else
// the nearest with a go.mod, else dir: the base for SARIF URIs.
func repoRoot(dir string) string {
	for _, marker := range []string{".git", "go.mod"} {
		for d := dir; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, marker)); err == nil {
				return d
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	return dir
}
