package main

import (
	"fmt"
	"go/token"
	"go/types"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/packs"
)

// packageKey is the key of declaredNames' list of package paths.
const packageKey = "package"

// warnUnmatched warns, once per entry, about configuration names that
// match nothing in the analysed program: most often a typo or a package
// that moved, which would otherwise silently lose findings.
// names are those the program declares, by what they name
// (declaredNames).
func warnUnmatched(cfg *config.Config, names nameLookup, w io.Writer) {
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
		if what == "tag" {
			entries = append(entries, entry{s.Line, fmt.Sprintf("sources[%d].tag", i), s.Match, "tag:" + s.Tag})
			continue
		}
		entries = append(entries, entry{s.Line, fmt.Sprintf("sources[%d].%s", i, what), name, what})
		for _, k := range namedKeys(s) {
			entries = append(entries, entry{s.Line, fmt.Sprintf("sources[%d].keys[%q]", i, k), k, "key"})
		}
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
		if tag, ok := strings.CutPrefix(e.what, "tag:"); ok {
			if !tagMatched(e.name, names, e.what) {
				fmt.Fprintf(w, "phivet: %s:%d: warning: %s: no %s tag matching %s in the analysed packages\n", cfg.File, e.line, e.key, tag, e.name)
			}
			continue
		}
		if !matchesAny(e.name, names, e.what) {
			fmt.Fprintf(w, "phivet: %s:%d: warning: %s: %s matches nothing in the analysed packages\n", cfg.File, e.line, e.key, e.name)
		}
	}
}

// matchesAny reports whether the configuration name pattern matches one
// of the names of kind; a pattern that does not compile (Parse rejected
// it already) counts as matched, so it is not warned about twice.
func matchesAny(pattern string, names nameLookup, kind string) bool {
	pat, err := config.CompilePattern(pattern)
	if err != nil {
		return true
	}
	literal := ""
	if pat.IsLiteral() {
		literal = pat.String()
	}
	return names.has(kind, literal, pat.Match)
}

// declaredNames adds the configuration names of pkg's package-level
// declarations: functions and methods, types, fields (also of anonymous
// structs, through the path that reaches them) and variables; the
// pkgname.Name of variables and constants, which keyed sources use as
// keys; and the struct tags of the fields, by tag key ("tag:hl7"), for tag
// sources. Only the names wanted asks about are kept (all when wanted is
// nil).
func declaredNames(pkg *types.Package, names map[string][]string, wanted *nameQueries) {
	add := func(kind, name string) {
		if wanted.wants(kind, name) {
			names[kind] = append(names[kind], name)
		}
	}
	path := pkg.Path()
	add(packageKey, path)
	scope := pkg.Scope()
	for _, name := range model.AnonymousFields(pkg) {
		add("field", name)
	}
	for _, n := range scope.Names() {
		switch o := scope.Lookup(n).(type) {
		case *types.Func:
			add("func", o.FullName())
		case *types.Const:
			add("key", pkg.Name()+"."+n)
		case *types.Var:
			add("var", path+"."+n)
			add("key", pkg.Name()+"."+n)
		case *types.TypeName:
			add("type", path+"."+n)
			named, ok := o.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				add("func", named.Method(i).FullName())
			}
			if it, ok := named.Underlying().(*types.Interface); ok {
				for i := 0; i < it.NumMethods(); i++ {
					add("func", it.Method(i).FullName())
				}
			}
			if st, ok := named.Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					add("field", path+"."+n+"."+st.Field(i).Name())
				}
				structTags(st, add, 0)
			}
		}
	}
}

// namedKeys returns the keys of a keyed source that name a variable or
// constant (pkgname.Name); the others are string values, which the
// program need not declare.
func namedKeys(s config.Source) []string {
	var out []string
	for k := range s.Keys {
		pkg, name, ok := strings.Cut(k, ".")
		if ok && token.IsIdentifier(pkg) && token.IsIdentifier(name) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// tagMatched reports whether the pattern of a tag source matches one of
// the values the program's struct tags have for its key (names of kind
// "tag:key").
func tagMatched(match string, names nameLookup, kind string) bool {
	re, err := regexp.Compile(match)
	if err != nil {
		return true // config.Parse rejects it; nothing to add here
	}
	return names.has(kind, "", re.MatchString)
}

// maxTagDepth bounds structTags' walk into anonymous structs, as
// model.AnonymousFields does.
const maxTagDepth = 16

// structTags adds the values of st's fields' struct tags, by key, walking
// into anonymous structs.
func structTags(st *types.Struct, add func(kind, name string), depth int) {
	if depth >= maxTagDepth {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		for _, kv := range tagPairs(st.Tag(i)) {
			add("tag:"+kv[0], kv[1])
		}
		if inner, ok := model.AnonymousStruct(st.Field(i).Type()); ok {
			structTags(inner, add, depth+1)
		}
	}
}

// tagPairs splits a struct tag into its key/value pairs, as
// reflect.StructTag reads them.
func tagPairs(tag string) [][2]string {
	var out [][2]string
	for tag != "" {
		tag = strings.TrimLeft(tag, " ")
		i := 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			return out
		}
		key := tag[:i]
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			return out
		}
		v, err := strconv.Unquote(tag[:i+1])
		if err != nil {
			return out
		}
		out = append(out, [2]string{key, v})
		tag = tag[i+1:]
	}
	return out
}
