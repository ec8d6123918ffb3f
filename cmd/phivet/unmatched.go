package main

import (
	"fmt"
	"go/types"
	"io"
	"slices"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/packs"
)

// packageKey is the key of declaredNames' list of package paths.
const packageKey = "package"

// warnUnmatched warns, once per entry, about configuration names that
// match nothing in the analysed program: most often a typo or a package
// that moved, which would otherwise silently lose findings.
// names are those the program declares, by what they name
// (declaredNames).
func warnUnmatched(cfg *config.Config, names map[string][]string, w io.Writer) {
	warnUnmatchedPacks(packs.Select(cfg), names, w)
	if cfg == nil || cfg.File == "" {
		return
	}
	type entry struct {
		line      int
		key, name string
		what      string
	}
	var entries []entry
	for i, s := range cfg.Sources {
		what, name := s.Key(), s.Name()
		entries = append(entries, entry{s.Line, fmt.Sprintf("sources[%d].%s", i, what), name, what})
	}
	for i, s := range cfg.Sinks {
		entries = append(entries, entry{s.Line, fmt.Sprintf("sinks[%d].func", i), s.Func, "func"})
	}
	for i, s := range cfg.Checks {
		entries = append(entries, entry{s.Line, fmt.Sprintf("checks[%d].func", i), s.Func, "func"})
	}
	for i, s := range cfg.Audits {
		entries = append(entries, entry{s.Line, fmt.Sprintf("audits[%d].func", i), s.Func, "func"})
	}
	for i, s := range cfg.Sanitizers {
		entries = append(entries, entry{s.Line, fmt.Sprintf("sanitizers[%d].func", i), s.Func, "func"})
	}
	for i, s := range cfg.Requires {
		entries = append(entries, entry{s.Line, fmt.Sprintf("requires[%d].func", i), s.Func, "func"})
	}
	for _, e := range entries {
		if !matchesAny(e.name, names[e.what]) {
			fmt.Fprintf(w, "phivet: %s:%d: warning: %s: %s matches nothing in the analysed packages\n", cfg.File, e.line, e.key, e.name)
		}
	}
}

// matchesAny reports whether the configuration name pattern matches one
// of names; a pattern that does not compile (Parse rejected it already)
// counts as matched, so it is not warned about twice.
func matchesAny(pattern string, names []string) bool {
	pat, err := config.CompilePattern(pattern)
	if err != nil {
		return true
	}
	return slices.ContainsFunc(names, pat.Match)
}

// declaredNames adds the configuration names of pkg's package-level
// declarations: functions and methods, types, fields and variables.
func declaredNames(pkg *types.Package, names map[string][]string) {
	path := pkg.Path()
	names[packageKey] = append(names[packageKey], path)
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		switch o := scope.Lookup(n).(type) {
		case *types.Func:
			names["func"] = append(names["func"], o.FullName())
		case *types.Var:
			names["var"] = append(names["var"], path+"."+n)
		case *types.TypeName:
			names["type"] = append(names["type"], path+"."+n)
			named, ok := o.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				names["func"] = append(names["func"], named.Method(i).FullName())
			}
			if it, ok := named.Underlying().(*types.Interface); ok {
				for i := 0; i < it.NumMethods(); i++ {
					names["func"] = append(names["func"], it.Method(i).FullName())
				}
			}
			if st, ok := named.Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					names["field"] = append(names["field"], path+"."+n+"."+st.Field(i).Name())
				}
			}
		}
	}
}
