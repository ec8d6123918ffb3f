package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/suite"
)

// isVetInvocation reports whether go vet is driving the binary: it asks
// for -V=full or -flags, or passes a unit configuration file.
func isVetInvocation(args []string) bool {
	for _, a := range args {
		switch a {
		case "-V=full", "--V=full", "-flags", "--flags":
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetFlag describes a flag to go vet, which accepts on its command line
// only the flags the tool lists.
type vetFlag struct {
	Name  string
	Bool  bool
	Usage string
}

var vetFlags = []vetFlag{
	{Name: "config", Usage: "configuration file (default: phivet.yaml found walking up from the package directory)"},
	{Name: "checks", Usage: `codes to report, e.g. "all,-PHI3001"`},
	{Name: "tests", Bool: true, Usage: "also report findings in _test.go files"},
	{Name: "json", Bool: true, Usage: "emit JSON output"},
	{Name: "c", Usage: "display offending line with this many lines of context"},
}

// vetMain speaks go vet's protocol. go vet runs the tool once per package
// in the package's directory, and caches its output keyed on the tool's
// -V=full identity and the flags as written; so the identity covers the
// configuration's content, not just its name, and an edited phivet.yaml
// never replays a stale result.
func vetMain(args []string) int {
	for _, a := range args {
		switch a {
		case "-flags", "--flags":
			data, _ := json.MarshalIndent(vetFlags, "", "\t")
			os.Stdout.Write(data)
			return exitClean
		case "-V=full", "--V=full":
			return printVetVersion(os.Stdout)
		}
	}
	s := suite.Settings{Codes: "all"}
	var configName string
	var rest []string
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") {
			rest = append(rest, args[i])
			continue
		}
		takeValue := func() string {
			if hasValue {
				return value
			}
			if i+1 < len(args) {
				i++
				return args[i]
			}
			return ""
		}
		switch name {
		case "config":
			configName = takeValue()
		case "checks":
			s.Codes = takeValue()
		case "tests":
			s.Tests = !hasValue || value == "true"
		default:
			rest = append(rest, args[i])
		}
	}
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "phivet: %v\n", err)
		return exitError
	}
	// go vet runs the tool in each package's directory, dependencies'
	// included (the standard library's, the module cache's), which have
	// no phivet.yaml above them: there the file is looked for from go
	// vet's own directory, so that every package is analysed with the same
	// configuration.
	if configName != "" {
		name := configName
		if configName, err = resolveUp(name, cwd); err != nil {
			if dir := parentWorkingDir(); dir != "" && !filepath.IsAbs(name) {
				configName, err = resolveUp(name, dir)
			}
			if err != nil {
				fmt.Fprintf(os.Stderr, "phivet: -config: %v\n", err)
				return exitError
			}
		}
	} else if found, err := config.Find(cwd); err == nil && found == "" {
		if dir := parentWorkingDir(); dir != "" {
			configName, _ = config.Find(dir)
		}
	}
	if s.Config, err = loadConfig(configName, cwd); err != nil {
		fmt.Fprintf(os.Stderr, "phivet: %v\n", err)
		return exitError
	}
	if err := suite.Configure(s); err != nil {
		fmt.Fprintf(os.Stderr, "phivet: %v\n", err)
		return exitError
	}
	os.Args = append([]string{os.Args[0]}, rest...)
	unitchecker.Main(suite.Analyzers...) // exits
	return exitClean
}

// resolveUp finds a relative file name in dir or the nearest parent that
// has it: go vet runs the tool in each package's directory, so a
// -config=phivet.yaml written at the module root must still be found.
func resolveUp(name, dir string) (string, error) {
	if filepath.IsAbs(name) {
		if _, err := os.Stat(name); err != nil {
			return "", err
		}
		return name, nil
	}
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%s: no such file in %s or its parents", name, dir)
		}
	}
}

// printVetVersion prints the identity go vet keys its cache on: the
// binary's content and the configuration that will be used.
func printVetVersion(w io.Writer) int {
	h := sha256.New()
	exe, err := os.Executable()
	if err == nil {
		if f, err := os.Open(exe); err == nil {
			_, _ = io.Copy(h, f)
			f.Close()
		}
	}
	fmt.Fprintf(h, "\x00config\x00")
	if data := vetConfigContent(); data != nil {
		h.Write(data)
	}
	fmt.Fprintf(w, "phivet version devel %s buildID=%x\n", version(), h.Sum(nil))
	return exitClean
}

// vetConfigContent returns the configuration go vet's runs will use. go
// vet asks for -V=full without the tool's flags, so a -config given to go
// vet is read from go vet's own command line where the system shows it;
// otherwise phivet.yaml is found from the current directory as the runs
// will find it.
func vetConfigContent() []byte {
	cwd, err := os.Getwd()
	if err != nil {
		return nil
	}
	name := parentConfigFlag()
	if name != "" {
		if p, err := resolveUp(name, cwd); err == nil {
			name = p
		}
	} else if found, err := config.Find(cwd); err == nil {
		name = found
	}
	if name == "" {
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return []byte("unreadable " + name)
	}
	return data
}

// parentWorkingDir returns the working directory of the parent process,
// go vet (Linux /proc; elsewhere "").
func parentWorkingDir() string {
	dir, err := os.Readlink(fmt.Sprintf("/proc/%d/cwd", os.Getppid()))
	if err != nil {
		return ""
	}
	return dir
}

// parentConfigFlag returns the -config value on the parent process's
// command line (Linux /proc; elsewhere "").
func parentConfigFlag() string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", os.Getppid()))
	if err != nil {
		return ""
	}
	args := strings.Split(strings.TrimRight(string(data), "\x00"), "\x00")
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name != "config" || !strings.HasPrefix(a, "-") {
			continue
		}
		if hasValue {
			return value
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}
