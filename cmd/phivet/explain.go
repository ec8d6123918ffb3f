package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/phivet/phivet/analyzers/suite"
	"github.com/phivet/phivet/cmd/phivet/internal/explain"
)

var explainWriters = map[string]func(io.Writer, *explain.Report) error{
	"text": explain.Text,
	"json": explain.JSON,
}

// explainMain is `phivet explain FILE:LINE`: why each flow at the line is,
// or is not, a finding (contract §4).
func explainMain(args []string, stdout, stderr io.Writer) int {
	fs, format, configFile, tests := newFlagSet("phivet explain", stderr, "text", "output `format`: text or json", "also analyse _test.go files (implied when FILE is one)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `Usage: phivet explain [flags] FILE:LINE [PACKAGES]

phivet explain shows, for each flow of identifiable data judged at the line
(a finding or an acceptable flow): the path from source to sink, and every
check, audit and sanitizer considered, with why it did or did not make the
flow acceptable. PACKAGES are analysed together, as a phivet run over them
would; by default ./... when FILE is under the working directory (what
phivet ./... here analyses), FILE's package otherwise.

Flags:
`)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExit status: 0 when the line is explained, also when nothing is judged at it\n(a message says so); 2 for a usage, configuration or load error.\n")
	}
	if status, done := parseFlags(fs, args); done {
		return status
	}
	write, ok := chooseWriter(stderr, "phivet explain", fs, explainWriters, *format, "text or json", "FILE:LINE")
	if !ok {
		return exitError
	}
	file, line, err := parseFileLine(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "phivet explain: %v\n", err)
		return exitError
	}
	patterns := fs.Args()[1:]
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "phivet explain: %v\n", err)
		return exitError
	}
	if real, err := filepath.EvalSymlinks(cwd); err == nil {
		cwd = real // as file is
	}
	if len(patterns) == 0 {
		patterns = defaultExplainPatterns(cwd, file)
	}
	cfg, err := loadConfig(*configFile, cwd)
	if err != nil {
		fmt.Fprintf(stderr, "phivet explain: %v\n", err)
		return exitError
	}
	withTests := *tests || strings.HasSuffix(file, "_test.go")
	if err := suite.Configure(suite.Settings{Config: cfg, Codes: "all", Tests: withTests}); err != nil {
		fmt.Fprintf(stderr, "phivet explain: %v\n", err)
		return exitError
	}
	res, err := analyse(patterns, analyseOptions{tests: withTests, forMap: true}, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "phivet explain: %v\n", err)
		return exitError
	}
	rel := func(f string) string { return relativeTo(cwd, f) }
	rep := explain.Build(mapPackages(res.mapped), file, line, rel)
	rep.Packages = patterns
	for _, f := range res.findings {
		if f.Pos.File == file && f.Pos.Line == line && !rep.HasFlow(string(f.Code), f.Pos.Column) {
			rep.Findings = append(rep.Findings, explain.Finding{Code: string(f.Code), Message: f.Message, Column: f.Pos.Column})
		}
	}
	return exitAfterWriting(stderr, "phivet explain", write(stdout, rep), res.failed)
}

// defaultExplainPatterns are the packages explain analyses when none are
// named: those `phivet ./...` run here analyses, when FILE is under the
// working directory, because the positions a user copies come from such a
// run and its flows may go through packages FILE's package does not
// import (an implementation of an interface it calls); FILE's package
// otherwise.
func defaultExplainPatterns(cwd, file string) []string {
	if relativeTo(cwd, file) != file {
		return []string{"./..."}
	}
	return []string{packageDir(cwd, file)}
}

// parseFileLine reads FILE:LINE, checking the file exists and has the
// line; the file comes back absolute, as positions name files.
func parseFileLine(arg string) (string, int, error) {
	i := strings.LastIndex(arg, ":")
	if i <= 0 {
		return "", 0, fmt.Errorf("%q is not FILE:LINE", arg)
	}
	name, num := arg[:i], arg[i+1:]
	line, err := strconv.Atoi(num)
	if err != nil || line < 1 {
		return "", 0, fmt.Errorf("%q: LINE must be a line number from 1, not %q", arg, num)
	}
	if !strings.HasSuffix(name, ".go") {
		return "", 0, fmt.Errorf("%s: not a Go file", name)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", 0, fmt.Errorf("%s: no such file", name)
		}
		return "", 0, err
	}
	n := strings.Count(string(data), "\n")
	if len(data) > 0 && data[len(data)-1] != '\n' {
		n++ // a last line without a newline
	}
	if line > n {
		return "", 0, fmt.Errorf("%s has %d lines, not %d", name, n, line)
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", 0, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, line, nil
}

// relativeTo names file relative to dir when it is inside it, as the
// text output does.
func relativeTo(dir, file string) string {
	if r, err := filepath.Rel(dir, file); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return file
}

// packageDir is the pattern naming the directory of file: relative to
// dir ("./api") when inside it, as go list wants.
func packageDir(dir, file string) string {
	d := filepath.Dir(file)
	if r := relativeTo(dir, d); r != d {
		return "./" + filepath.ToSlash(r)
	}
	return d
}
